'use strict';
const { Model, DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  class HousingCompany extends Model {
    static associate(models) {
      HousingCompany.hasMany(models.Apartment, { foreignKey: 'housingCompanyId' });
      HousingCompany.hasMany(models.Space, { foreignKey: 'housingCompanyId' });
    }
  }

  HousingCompany.init(
    {
      id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
      name: { type: DataTypes.STRING(120), allowNull: false },
      businessId: { type: DataTypes.STRING(9), allowNull: false, unique: true, field: 'business_id' },
      address: { type: DataTypes.STRING(200), allowNull: false },
    },
    { sequelize, modelName: 'HousingCompany', tableName: 'housing_companies', underscored: true },
  );

  return HousingCompany;
};
