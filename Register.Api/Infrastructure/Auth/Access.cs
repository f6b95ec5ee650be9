namespace Register.Api.Infrastructure.Auth;

/// <summary>
/// Who may run an operation: a named policy and the roles it admits. Each application operation checks its rule
/// against the caller itself (<see cref="Caller.Require"/>), so the web interface can never do what the API refuses;
/// the endpoints name the same rule's policy, so that HTTP refuses a caller before reading its body (403 before 400).
/// </summary>
public sealed record AccessRule(string Policy, IReadOnlyList<string> Roles)
{
    public bool Admits(string role) => Roles.Contains(role);
}

public static class Access
{
    /// <summary>Any holder of a key: reads (department heads within their departments).</summary>
    public static readonly AccessRule Reader = new("reader", [Auth.Roles.Officer, Auth.Roles.DepartmentHead, Auth.Roles.Auditor]);

    /// <summary>The internal-control officer: catalogs, the operator, approvals, keys, deletes.</summary>
    public static readonly AccessRule Officer = new("officer", [Auth.Roles.Officer]);

    /// <summary>May draft register entries: the officer, and a department head within its departments.</summary>
    public static readonly AccessRule Drafter = new("drafter", [Auth.Roles.Officer, Auth.Roles.DepartmentHead]);

    /// <summary>May read the audit trail: the officer and the auditor.</summary>
    public static readonly AccessRule AuditReader = new("audit-reader", [Auth.Roles.Officer, Auth.Roles.Auditor]);

    public static readonly IReadOnlyList<AccessRule> All = [Reader, Officer, Drafter, AuditReader];
}
