'use strict';
const { Model, DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  class Space extends Model {
    static associate(models) {
      Space.belongsTo(models.HousingCompany, { foreignKey: 'housingCompanyId' });
      Space.hasMany(models.SlotTemplate, { foreignKey: 'spaceId' });
      Space.hasMany(models.Booking, { foreignKey: 'spaceId' });
    }
  }

  Space.init(
    {
      id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
      housingCompanyId: { type: DataTypes.UUID, allowNull: false },
      kind: { type: DataTypes.ENUM('sauna', 'laundry', 'club_room'), allowNull: false },
      name: { type: DataTypes.STRING(80), allowNull: false },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    },
    { sequelize, modelName: 'Space', tableName: 'spaces', underscored: true },
  );

  return Space;
};
