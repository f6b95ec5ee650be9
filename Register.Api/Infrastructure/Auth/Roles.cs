using System.Security.Claims;

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

/// <summary>Authorization policies the endpoints name. Every /api endpoint needs a key (the fallback policy).</summary>
public static class Policies
{
    public const string Officer = "officer";
    /// <summary>May draft register entries: the officer, and a department head within its departments.</summary>
    public const string Drafter = "drafter";
    /// <summary>May read the audit trail: the officer and the auditor.</summary>
    public const string AuditReader = "audit-reader";
}

/// <summary>The caller as the register sees it: a role, and for a department head the departments it may see.</summary>
public sealed record Caller(string? Name, string Role, IReadOnlySet<string> Departments)
{
    public bool IsDepartmentHead => Role == Roles.DepartmentHead;

    /// <summary>Whether an entry of this department exists for the caller; other departments' entries do not (404).</summary>
    public bool CanSee(string? departmentCode) => !IsDepartmentHead || (departmentCode is not null && Departments.Contains(departmentCode));

    /// <summary>The department codes to restrict queries to, or null for no restriction.</summary>
    public IReadOnlyCollection<string>? Scope => IsDepartmentHead ? Departments : null;

    public static Caller From(ClaimsPrincipal user) => new(
        user.Identity?.Name,
        user.FindFirstValue(ClaimTypes.Role) ?? "",
        user.FindAll(Roles.DepartmentClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));

    public static Caller From(HttpContext context) => From(context.User);
}
