using Microsoft.AspNetCore.Components;
using Register.Api.Components.Shared;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;

namespace Register.Api.Components.Pages.Entries;

public sealed partial class EntryEditor
{
    private static readonly TimeSpan PreviewDelay = TimeSpan.FromMilliseconds(300);

    [Parameter] public int? Id { get; set; }

    private EntryForm? Form { get; set; }
    private EntryNames? Names { get; set; }
    private PreviewResponse? Assessment { get; set; }
    private ActivityStatus Status { get; set; } = ActivityStatus.Draft;
    private int Version { get; set; }
    private bool Saving { get; set; }
    /// <summary>Who saved first, when the last save found the entry changed (412).</summary>
    private ActivityResponse? Stale { get; set; }
    private CancellationTokenSource? _pendingPreview;

    private IEnumerable<CatalogOption> DraftableDepartments =>
        Names!.Departments.Where(d => Caller.CanSee(d.Code));

    protected override async Task OnParametersSetAsync()
    {
        Names = await RunAsync((caller, token) => EntryNames.LoadAsync(Catalogs, caller, token));
        if (Names is null) return;
        if (Id is { } id)
        {
            var entry = await RunAsync((caller, token) => Activities.GetAsync(caller, id, token));
            if (entry is null) return;
            Form = EntryForm.From(entry);
            Status = entry.Status;
            Version = entry.Version;
        }
        else
        {
            Form = new EntryForm { DepartmentCode = Caller.IsDepartmentHead && Caller.Departments.Count == 1 ? Caller.Departments.First() : null };
        }
        // An empty list starts with one empty row to fill in (empty rows are not sent).
        if (Form.Purposes.Count == 0) Form.Purposes.Add(new EntryForm.PurposeRow());
        if (Form.DataCategories.Count == 0) Form.DataCategories.Add(new EntryForm.DataRow());
        await PreviewAsync();
    }

    /// <summary>After any change: the findings again, once the user pauses typing.</summary>
    private void Changed()
    {
        _pendingPreview?.Cancel();
        var pending = _pendingPreview = new CancellationTokenSource();
        _ = Task.Delay(PreviewDelay, pending.Token).ContinueWith(async delay =>
        {
            if (delay.IsCanceled) return;
            await InvokeAsync(async () =>
            {
                await PreviewAsync();
                StateHasChanged();
            });
        }, TaskScheduler.Default);
    }

    private async Task PreviewAsync()
    {
        if (Form is null) return;
        // The preview is not the save: its refusals (none expected for a drafter) are not the form's problem.
        var problem = Problem;
        Assessment = await RunAsync((caller, token) => Preview.AssessAsync(caller, Form.ToRequest(), Status, token));
        Problem = problem;
    }

    private async Task SaveAsync()
    {
        if (Form is null || Saving) return;
        Saving = true;
        try
        {
            var request = Form.ToRequest();
            var saved = Id is { } id
                ? await RunAsync((caller, token) => Activities.UpdateAsync(caller, id, request, IfMatch.Version(Version), token))
                : await RunAsync((caller, token) => Activities.CreateAsync(caller, request, token));
            if (saved is not null)
            {
                Navigation.NavigateTo($"register/{saved.Id}?saved=1");
                return;
            }
            if (Problem?.IsStale == true && Id is { } entryId)
            {
                Stale = await RunAsync((caller, token) => Activities.GetAsync(caller, entryId, token), notFoundIsPage: false);
                Problem = Problem ?? Shared.Problem.From(new Infrastructure.Errors.PreconditionFailedException(ETags.Format(Version)));
            }
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>412, the user's way forward: keep what they typed and save it over the version now stored.</summary>
    private async Task OverwriteAsync()
    {
        if (Stale is null) return;
        Version = Stale.Version;
        Status = Stale.Status;
        Stale = null;
        Problem = null;
        await SaveAsync();
    }

    /// <summary>412, the other way: drop what was typed and start again from the stored version.</summary>
    private async Task ReloadAsync()
    {
        Stale = null;
        Problem = null;
        Form = null;
        await OnParametersSetAsync();
    }

    private void Add<T>(List<T> rows, T row)
    {
        rows.Add(row);
        Changed();
    }

    private void Remove<T>(List<T> rows, int index)
    {
        rows.RemoveAt(index);
        Changed();
    }

    private string? Invalid(string field) => Problem is not null && Problem.For(field).Any() ? "true" : null;

    private string? Describe(string field) => Invalid(field) is null ? null : FieldErrors.IdFor(field);

    /// <summary>Messages about a list as a whole (<c>purposes</c>), not its rows'.</summary>
    private Problem? PurposesProblem => ListProblem("purposes");

    private Problem? ListProblem(string field) => Problem is null ? null : Problem with
    {
        Errors = Problem.Errors.Where(e => e.Key.Equals(field, StringComparison.OrdinalIgnoreCase)).ToDictionary(e => e.Key, e => e.Value),
    };

    public override void Dispose()
    {
        _pendingPreview?.Cancel();
        base.Dispose();
    }
}
