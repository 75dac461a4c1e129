'use strict';
const { Model, DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  class SlotTemplate extends Model {
    static associate(models) {
      SlotTemplate.belongsTo(models.Space, { foreignKey: 'spaceId', onDelete: 'CASCADE' });
    }
  }

  SlotTemplate.init(
    {
      id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
      spaceId: { type: DataTypes.UUID, allowNull: false },
      weekday: { type: DataTypes.SMALLINT, allowNull: false, validate: { min: 1, max: 7 } },
      startsAt: { type: DataTypes.TIME, allowNull: false },
      durationMinutes: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 60 },
    },
    { sequelize, modelName: 'SlotTemplate', tableName: 'slot_templates', underscored: true, timestamps: false },
  );

  return SlotTemplate;
};
