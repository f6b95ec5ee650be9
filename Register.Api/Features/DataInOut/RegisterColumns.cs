using System.Data;

namespace Register.Api.Features.DataInOut;

/// <summary>What a column's values are, as both engines can hold them (SchemaParityTests keeps the engines' types in step).</summary>
public enum ColumnType
{
    Integer,
    Boolean,
    Text,
    DateTime,
    Date,
    Binary,
}

public sealed record RegisterColumn(string Name, ColumnType Type)
{
    /// <summary>The parameter type a value of the column is written with: on SQL Server a date-time must go as DATETIME2, or
    /// SqlClient would send it as DATETIME and round it to 1/300 s.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DbType DbType => Type switch
    {
        ColumnType.Integer => DbType.Int64,
        ColumnType.Boolean => DbType.Boolean,
        ColumnType.Text => DbType.String,
        ColumnType.DateTime => DbType.DateTime2,
        ColumnType.Date => DbType.Date,
        ColumnType.Binary => DbType.Binary,
        _ => throw new ArgumentOutOfRangeException(nameof(Type)),
    };
}
