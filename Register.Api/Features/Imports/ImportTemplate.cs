using FluentValidation;
using Register.Api.Features.Reports;
using Register.Api.Features.Reports.Writers;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Imports;

public sealed class TemplateQueryValidator : AbstractValidator<TemplateQuery>
{
    public static readonly IReadOnlyList<string> Formats = [ReportFormats.Extension(ReportFormat.Xlsx), ReportFormats.Extension(ReportFormat.Csv)];

    public TemplateQueryValidator()
    {
        RuleFor(q => q.Format).Must(f => f is null || Formats.Contains(f)).WithMessage($"'format' must be one of: {string.Join(", ", Formats)}.");
        RuleFor(q => q.Lang).Must(l => l is null || ReportLanguages.All.Contains(l)).WithMessage($"'lang' must be one of: {string.Join(", ", ReportLanguages.All)}.");
    }
}

/// <summary>
/// The import template: the header row of <see cref="ImportColumns.Template"/> and no rows, written by the reports' own
/// writers (the same cells, the same formula guard); the XLSX's "about" sheet says what goes in each column.
/// </summary>
public sealed class ImportTemplates(TimeProvider clock)
{
    private static readonly TemplateQueryValidator Validator = new();

    internal async Task<RenderedReport> RenderAsync(Infrastructure.Auth.Caller caller, TemplateQuery query, CancellationToken cancellationToken)
    {
        caller.Require(Infrastructure.Auth.Access.Drafter);
        await Validator.EnsureValidAsync(query, cancellationToken);
        var format = ReportFormats.FromName(query.Format) ?? ReportFormat.Xlsx;
        var lang = query.Lang ?? ReportLanguages.Russian;
        var definition = ImportColumns.Template;
        var header = new ReportHeader(definition.Name, definition.Title.In(lang), null, Infrastructure.Http.RegisterClock.Today(clock), false,
            clock.GetUtcNow(), lang, null, null);

        using var content = new MemoryStream();
        using (var writer = ReportWriter<object>.Create(format, content, definition, header))
        {
            writer.Begin();
            writer.End();
            writer.Flush();
        }
        return new RenderedReport(format, content.ToArray(), ReportResponses.ContentType(format), $"{definition.Name}-{lang}.{ReportFormats.Extension(format)}");
    }
}
