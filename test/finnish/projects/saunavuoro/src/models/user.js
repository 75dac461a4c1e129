'use strict';
const { Model, DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  class User extends Model {
    static associate(models) {
      User.belongsTo(models.Apartment, { foreignKey: 'apartmentId' });
      User.hasMany(models.Booking, { foreignKey: 'userId' });
    }
  }

  User.init(
    {
      id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
      email: { type: DataTypes.STRING(254), allowNull: false, unique: true, validate: { isEmail: true } },
      passwordHash: { type: DataTypes.STRING, allowNull: false },
      fullName: { type: DataTypes.STRING(120), allowNull: false },
      phone: { type: DataTypes.STRING(20), validate: { is: /^\+358\d{6,10}$/ } },
      role: {
        type: DataTypes.ENUM('resident', 'manager', 'technician', 'board'),
        allowNull: false,
        defaultValue: 'resident',
      },
      apartmentId: { type: DataTypes.UUID, references: { model: 'apartments', key: 'id' } },
      failedLogins: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      lockedUntil: { type: DataTypes.DATE },
    },
    { sequelize, modelName: 'User', tableName: 'users', underscored: true },
  );

  return User;
};
