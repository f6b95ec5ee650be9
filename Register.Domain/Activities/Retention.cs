namespace Register.Domain.Activities;

/// <summary>
/// How long data is kept. Only the field that belongs to the kind is meaningful:
/// <see cref="Period"/> for <see cref="RetentionKind.Fixed"/> (ISO-8601 duration, e.g. P30D),
/// <see cref="Event"/> for <see cref="RetentionKind.AfterEvent"/>, <see cref="Reference"/> for
/// <see cref="RetentionKind.PerLegislation"/> (the act, e.g. Minjust list No. 140 of 24.05.2012).
/// </summary>
public sealed record Retention(RetentionKind Kind, string? Period = null, string? Event = null, string? Reference = null);
