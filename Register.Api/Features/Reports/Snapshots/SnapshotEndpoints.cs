using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Reports.Snapshots;

/// <summary>What every snapshot endpoint is: POST to its report's snapshots, the body the report's query and a note.</summary>
public abstract class CreateSnapshot(ReportSnapshots snapshots) : Endpoint<CreateSnapshotRequest, SnapshotResponse>
{
    /// <summary>The report's route; its snapshots are made at that route + <c>/snapshots</c>.</summary>
    private protected abstract string ReportRoute { get; }

    private string Report => ReportSnapshots.NameOf(ReportRoute);

    public override void Configure()
    {
        Post(SnapshotRoutes.CreateFor(Report));
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(ReportRoutes.Tag, $"Keep the {Report} report as evidence",
                $"Renders the {Report} report exactly as its GET would (format xlsx by default, lang, department, asOf) and keeps the " +
                "bytes with their SHA-256, the officer who made it, the time and the note. Snapshots are never changed or removed. " +
                "The officer's.")
            .AcceptsJson<CreateSnapshotRequest>()
            .Produces<SnapshotResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden));
    }

    public override async Task HandleAsync(CreateSnapshotRequest request, CancellationToken cancellationToken)
    {
        var created = await snapshots.CreateAsync(HttpContext.Caller(), Report, request, cancellationToken);
        await Send.SendCreatedAsync(SnapshotRoutes.For(created.Id), created);
    }
}

public sealed class CreateSupervisorySnapshot(ReportSnapshots snapshots) : CreateSnapshot(snapshots)
{
    private protected override string ReportRoute => ReportRoutes.Supervisory;
}

public sealed class CreateInformationResourcesSnapshot(ReportSnapshots snapshots) : CreateSnapshot(snapshots)
{
    private protected override string ReportRoute => ReportRoutes.InformationResources;
}

public sealed class CreateInformationSystemsSnapshot(ReportSnapshots snapshots) : CreateSnapshot(snapshots)
{
    private protected override string ReportRoute => ReportRoutes.InformationSystems;
}

public sealed class CreateOperatorRegistrySnapshot(ReportSnapshots snapshots) : CreateSnapshot(snapshots)
{
    private protected override string ReportRoute => ReportRoutes.OperatorRegistry;
}

public sealed class ListSnapshots(ReportSnapshots snapshots) : Endpoint<ListSnapshotsQuery, PageResponse<SnapshotResponse>>
{
    public override void Configure()
    {
        Get(SnapshotRoutes.Collection);
        Policies(Access.AuditReader.Policy);
        Description(b => b.Documented(ReportRoutes.Tag, "List the kept reports",
                "The snapshots, newest first, without their bytes: report, query, file, SHA-256, size, who, when, why. The officer " +
                "and the auditor.")
            .Produces<PageResponse<SnapshotResponse>>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden));
    }

    public override async Task HandleAsync(ListSnapshotsQuery query, CancellationToken cancellationToken) =>
        await Send.OkAsync(await snapshots.ListAsync(HttpContext.Caller(), query, cancellationToken), cancellationToken);
}

public sealed class GetSnapshot(ReportSnapshots snapshots) : Endpoint<IdRoute>
{
    public override void Configure()
    {
        Get(SnapshotRoutes.Item);
        Policies(Access.AuditReader.Policy);
        Description(b => b.Documented(ReportRoutes.Tag, "Download a kept report",
                "The stored bytes, unchanged, with the report's media type and file name. Digest (RFC 3230) and Repr-Digest " +
                "(RFC 9530) carry their SHA-256, which the snapshot's sha256 states in hex. The officer and the auditor.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), ReportFormats.Xlsx, ReportFormats.Csv, ReportFormats.Json, ReportFormats.Html)
            .WithMetadata(DigestResponse.Instance)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(IdRoute route, CancellationToken cancellationToken)
    {
        var (snapshot, content) = await snapshots.GetAsync(HttpContext.Caller(), route.Id, cancellationToken);
        var response = HttpContext.Response;
        ReportResponses.SetHeaders(response, ReportFormats.FromName(snapshot.Format) ?? ReportFormat.Json, snapshot.ContentType, snapshot.FileName);
        ContentDigest.Set(response, content);
        response.ContentLength = content.LongLength;
        await response.Body.WriteAsync(content, cancellationToken);
    }
}
