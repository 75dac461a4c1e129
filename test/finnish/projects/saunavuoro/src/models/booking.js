'use strict';
const { Model, DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  class Booking extends Model {
    static associate(models) {
      Booking.belongsTo(models.User, { foreignKey: 'userId' });
      Booking.belongsTo(models.Space, { foreignKey: 'spaceId' });
    }
  }

  Booking.init(
    {
      id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
      userId: { type: DataTypes.UUID, allowNull: false },
      spaceId: { type: DataTypes.UUID, allowNull: false },
      startsAt: { type: DataTypes.DATE, allowNull: false },
      endsAt: { type: DataTypes.DATE, allowNull: false },
      recurring: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      status: {
        type: DataTypes.ENUM('confirmed', 'cancelled'),
        allowNull: false,
        defaultValue: 'confirmed',
      },
      cancelledAt: { type: DataTypes.DATE },
    },
    {
      sequelize,
      modelName: 'Booking',
      tableName: 'bookings',
      underscored: true,
      indexes: [
        { unique: true, fields: ['space_id', 'starts_at'], where: { status: 'confirmed' } },
        { fields: ['user_id'] },
      ],
    },
  );

  return Booking;
};
