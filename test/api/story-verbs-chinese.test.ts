import { describe, expect, it } from 'vitest';
import { intentsOf } from '../../src/read/story-words.js';

// Issue 13, found on shiguang-zh: 8 of 11 Chinese stories had "no action verb of the languages read"
// though their verbs are the route table's own ("收藏商品", "举报商品", "下单", "确认收货", "停用审核员账号").

describe('Chinese story verbs', () => {
  it('reads the verbs of posting, ordering, reporting, keeping a favourite, confirming and deactivating', () => {
    expect(intentsOf('收藏感兴趣的商品')).toEqual([{ kind: 'create' }]);
    expect(intentsOf('举报虚假或违禁商品')).toEqual([{ kind: 'create' }]);
    expect(intentsOf('在小程序里直接用微信支付下单')).toEqual([{ kind: 'create' }]);
    expect(intentsOf('拍几张照片就能发布闲置物品')).toEqual([{ kind: 'create' }]);
    expect(intentsOf('当面验货后再确认收货')).toEqual([{ kind: 'state', verb: 'confirm' }]);
    expect(intentsOf('停用离职审核员的账号')).toEqual([{ kind: 'deactivate' }]);
    // A seller confirming a delivery is the delivery's route, not a confirmation of receipt.
    expect(intentsOf('卖家确认交付')).not.toContainEqual({ kind: 'state', verb: 'confirm' });
  });

  it('the English wordings read the same intents', () => {
    expect(intentsOf('confirm receipt of the order')).toEqual([{ kind: 'state', verb: 'confirm' }]);
    expect(intentsOf('deactivate the account of an auditor who left')).toEqual([{ kind: 'deactivate' }]);
  });
});
