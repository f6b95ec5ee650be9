using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Keys.Create;

public sealed class CreateKey : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(KeyRoutes.Collection, CreateKeyHandler)
            .WithName(nameof(CreateKey)).WithTags(KeyRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<CreateKeyRequest>();

    /// <summary>Issues a key; the response is the only place its secret ever appears.</summary>
    public static async Task<Created<CreatedKeyResponse>> CreateKeyHandler(
        CreateKeyRequest request, Db db, ApiKeyStore keys, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var departments = (request.DepartmentCodes ?? []).Select(c => c!).Distinct(StringComparer.Ordinal).ToList();
        var actor = Actor.Of(context);
        var (info, key) = await db.WriteAsync(async session =>
        {
            if (departments.Count > 0)
            {
                var known = (await session.QueryAsync<string>(ApiKeyStore.DepartmentExistsSql, new { Codes = departments })).ToHashSet(StringComparer.Ordinal);
                var unknown = departments.Where(d => !known.Contains(d)).ToList();
                if (unknown.Count > 0) throw new InvalidRequestException("departmentCodes", $"Unknown department(s): {string.Join(", ", unknown)}.");
            }
            var created = await keys.CreateAsync(session, request.Name!, request.Role!, departments, actor);
            await AuditLog.RecordAsync(session, actor, clock, AuditEntities.ApiKey, created.Info.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                AuditActions.Create, before: null, after: KeyResponse.From(created.Info));
            return created;
        }, cancellationToken);

        return TypedResults.Created(KeyRoutes.For(info.Id),
            new CreatedKeyResponse(info.Id, info.Name, info.Role, info.DepartmentCodes, info.Prefix, info.CreatedAt, key));
    }
}
