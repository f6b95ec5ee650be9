using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;

namespace Register.Api.Features.Activities.Versions;

/// <summary>One field that differs between two versions; a missing side is null (the field was added or removed).</summary>
public sealed record FieldChange(string Path, JsonElement? Before, JsonElement? After);

public sealed record ActivityDiffResponse(int From, int To, IReadOnlyList<FieldChange> Changes);

public sealed class DiffActivityVersions : IEndpoint
{
    // Bookkeeping that changes on every save says nothing about what the officer changed.
    private static readonly HashSet<string> Bookkeeping = ["version", "updatedAt", "updatedBy"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(ActivityRoutes.Diff, DiffActivityVersionsHandler)
            .WithName(nameof(DiffActivityVersions)).WithTags(ActivityRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>What changed between two saved states, field by field (lists element by element: <c>purposes[1].text</c>).</summary>
    public static async Task<Results<Ok<ActivityDiffResponse>, NotFound>> DiffActivityVersionsHandler(
        int id, int from, int to, Db db, HttpContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.From(context);
        var versions = await db.ReadAsync<(JsonElement Before, JsonElement After)?>(async session =>
        {
            if (!await ActivityVersions.VisibleAsync(session, id, caller)) return null;
            var before = await session.QuerySingleOrDefaultAsync<ActivityVersions.VersionRow>(ActivityVersions.OneSql, new { ActivityId = id, Version = from });
            var after = await session.QuerySingleOrDefaultAsync<ActivityVersions.VersionRow>(ActivityVersions.OneSql, new { ActivityId = id, Version = to });
            return before is null || after is null ? null : (before.ToResponse().Activity, after.ToResponse().Activity);
        }, cancellationToken);
        if (versions is null) return TypedResults.NotFound();

        var before = Flatten(versions.Value.Before);
        var after = Flatten(versions.Value.After);
        var changes = before.Keys.Union(after.Keys)
            .Where(path => !Bookkeeping.Contains(path))
            .Select(path => (Path: path, Before: before.GetValueOrDefault(path), After: after.GetValueOrDefault(path)))
            .Where(c => c.Before?.GetRawText() != c.After?.GetRawText())
            .OrderBy(c => c.Path, StringComparer.Ordinal)
            .Select(c => new FieldChange(c.Path, c.Before, c.After))
            .ToList();
        return TypedResults.Ok(new ActivityDiffResponse(from, to, changes));
    }

    /// <summary>Leaf values by path: <c>title</c>, <c>retention.period</c>, <c>purposes[0].legalBasisCodes[1]</c>.</summary>
    private static Dictionary<string, JsonElement?> Flatten(JsonElement root)
    {
        var leaves = new Dictionary<string, JsonElement?>(StringComparer.Ordinal);
        void Walk(JsonElement element, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject()) Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}");
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray()) Walk(item, $"{path}[{index++}]");
                    break;
                default:
                    leaves[path] = element;
                    break;
            }
        }
        Walk(root, "");
        return leaves;
    }
}
