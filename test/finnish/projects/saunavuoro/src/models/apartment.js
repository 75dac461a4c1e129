'use strict';
const { Model, DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  class Apartment extends Model {
    static associate(models) {
      Apartment.belongsTo(models.HousingCompany, { foreignKey: 'housingCompanyId', onDelete: 'CASCADE' });
      Apartment.hasMany(models.User, { foreignKey: 'apartmentId' });
    }
  }

  Apartment.init(
    {
      id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
      housingCompanyId: { type: DataTypes.UUID, allowNull: false },
      label: { type: DataTypes.STRING(10), allowNull: false, comment: 'Huoneiston tunnus, esim. B 12' },
    },
    {
      sequelize,
      modelName: 'Apartment',
      tableName: 'apartments',
      underscored: true,
      indexes: [{ unique: true, fields: ['housing_company_id', 'label'] }],
    },
  );

  return Apartment;
};
