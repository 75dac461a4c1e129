'use strict';
const { DataTypes } = require('sequelize');

// Saunamaksujen laskut: yksi lasku asukkaalle kuukaudessa.
module.exports = (sequelize) => {
  const Invoice = sequelize.define(
    'Invoice',
    {
      id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
      userId: { type: DataTypes.UUID, allowNull: false, references: { model: 'users', key: 'id' } },
      period: { type: DataTypes.STRING(7), allowNull: false, comment: 'Kuukausi muodossa 2026-11' },
      amount: { type: DataTypes.DECIMAL(10, 2), allowNull: false },
      dueDate: { type: DataTypes.DATEONLY, allowNull: false },
      status: { type: DataTypes.ENUM('open', 'paid', 'overdue'), allowNull: false, defaultValue: 'open' },
      paytrailTransactionId: { type: DataTypes.STRING(64), unique: true },
      paidAt: { type: DataTypes.DATE },
    },
    {
      tableName: 'invoices',
      underscored: true,
      indexes: [{ unique: true, fields: ['user_id', 'period'] }],
    },
  );

  return Invoice;
};
