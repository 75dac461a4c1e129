'use strict';
const { DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  const FaultReport = sequelize.define(
    'FaultReport',
    {
      id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
      reporterId: { type: DataTypes.UUID, allowNull: false, references: { model: 'users', key: 'id' } },
      spaceId: { type: DataTypes.UUID, references: { model: 'spaces', key: 'id' }, onDelete: 'SET NULL' },
      description: { type: DataTypes.TEXT, allowNull: false },
      status: {
        type: DataTypes.ENUM('new', 'in_progress', 'fixed'),
        allowNull: false,
        defaultValue: 'new',
      },
      photoKeys: { type: DataTypes.ARRAY(DataTypes.STRING), allowNull: false, defaultValue: [] },
      fixedAt: { type: DataTypes.DATE },
    },
    { tableName: 'fault_reports', underscored: true },
  );

  FaultReport.associate = (models) => {
    FaultReport.belongsTo(models.User, { as: 'reporter', foreignKey: 'reporterId' });
  };

  return FaultReport;
};
