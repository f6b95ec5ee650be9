namespace Register.Api.Infrastructure.Auth;

/// <summary>The contract's roles.</summary>
public static class Roles
{
    /// <summary>The internal-control officer: everything.</summary>
    public const string Officer = "officer";
    /// <summary>Bound to department codes: reads and drafts its departments' entries, submits them for review.</summary>
    public const string DepartmentHead = "department-head";
    /// <summary>Reads everything, writes nothing (an NPDPC inspector, an internal auditor).</summary>
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All = [Officer, DepartmentHead, Auditor];

    public const string DepartmentClaim = "register:department";
}
