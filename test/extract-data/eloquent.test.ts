import { describe, expect, it } from 'vitest';
import { entity, extract, fence, fieldsOf, names } from './code-fences.js';

// A Polish spec-kit trial (an animal shelter on Laravel 11 + MySQL) wrote one entity as an Eloquent
// model: no reader knew `class … extends Model`, so AdoptionApplication was missing from the data
// model and every foreign key to it was dropped.
const MODEL = `class AdoptionApplication extends Model
{
    protected $fillable = ['animal_id', 'home_description', 'has_garden'];

    protected $casts = [
        // a comment, with commas, before an item
        'has_garden' => 'boolean',
        'decided_at' => 'datetime',
        'fee' => 'decimal:2',
        'status' => ApplicationStatus::class, // submitted, in_review, approved, rejected
        'kind' => Kind::class, // see the enum class
    ];

    public function animal(): BelongsTo { return $this->belongsTo(Animal::class); }
    public function applicant(): BelongsTo { return $this->belongsTo(User::class, 'applicant_id'); }
    public function visits(): HasMany { return $this->hasMany(HomeVisit::class); }
}`;

describe('Laravel Eloquent models', () => {
  it('read $fillable, $casts and belongsTo keys as the columns the model states', () => {
    const f = extract(fence('php', MODEL));
    expect(names(f)).toEqual(['AdoptionApplication']);
    const c = fieldsOf(entity(f, 'AdoptionApplication'));
    expect(Object.keys(c).sort()).toEqual(
      [
        'animal_id',
        'applicant_id',
        'decided_at',
        'fee',
        'has_garden',
        'home_description',
        'kind',
        'status',
      ].sort(),
    );
    expect(c.has_garden!.type.scalar).toBe('boolean');
    expect(c.decided_at!.type.scalar).toBe('datetime');
    expect(c.fee!.type).toMatchObject({ scalar: 'decimal', scale: 2 });
    expect(c.status).toMatchObject({
      type: { scalar: 'enum' },
      enumName: 'ApplicationStatus',
      enumValues: ['submitted', 'in_review', 'approved', 'rejected'],
    });
    // A comment that is a sentence states no values.
    expect(c.kind!.enumValues).toBeUndefined();
    expect(c.animal_id!.references).toEqual({ entity: 'Animal', field: 'id' });
    expect(c.applicant_id!.references).toEqual({ entity: 'User', field: 'id' });
    // The model states no type for a column that is only mass-assignable.
    expect(c.home_description!.type).toMatchObject({ scalar: 'string', raw: '' });
    expect(c.status!.origin).toMatchObject({
      line: 13,
      quote: "'status' => ApplicationStatus::class, // submitted, in_review, approved, rejected",
    });
  });

  it('a model whose table a migration creates adds its class name and enum casts to it', () => {
    const f = extract(
      fence(
        'php',
        `Schema::create('adoption_requests', function (Blueprint $table) {
    $table->id();
    $table->string('status');
});
class AdoptionRequest extends Model
{
    protected $table = 'adoption_requests';
    protected $casts = ['status' => RequestStatus::class]; // open, closed
}`,
      ),
    );
    expect(names(f)).toEqual(['AdoptionRequest']);
    expect(fieldsOf(entity(f, 'AdoptionRequest')).status).toMatchObject({
      type: { scalar: 'enum' },
      enumValues: ['open', 'closed'],
    });
  });

  it('a class that is no model (a controller, a service) is no entity', () => {
    const f = extract(
      fence('php', "class AnimalController extends Controller\n{\n    protected $fillable = ['a', 'b'];\n}"),
    );
    expect(names(f)).toEqual([]);
  });
});
