using FastEndpoints;
using Register.Api.Features.Imports.Spreadsheets;
using Register.Api.Features.Reports;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Imports;

public sealed class GetImportTemplate(ImportTemplates templates) : Endpoint<TemplateQuery>
{
    public override void Configure()
    {
        Get(ImportRoutes.Template);
        Policies(Access.Drafter.Policy);
        Description(b => b.Documented(ImportRoutes.Tag, "Download the import template",
                "An empty spreadsheet whose columns are an entry's fields (format=xlsx|csv, lang=ru|en); catalog entries are written by " +
                "code or by name. The XLSX's second sheet says what goes in each column. The officer and department heads.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), ReportFormats.Xlsx, ReportFormats.Csv)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden));
    }

    public override async Task HandleAsync(TemplateQuery query, CancellationToken cancellationToken)
    {
        var template = await templates.RenderAsync(HttpContext.Caller(), query, cancellationToken);
        ReportResponses.SetHeaders(HttpContext.Response, template.Format, template.ContentType, template.FileName);
        HttpContext.Response.ContentLength = template.Content.LongLength;
        await HttpContext.Response.Body.WriteAsync(template.Content, cancellationToken);
    }
}

/// <summary>The form an import is uploaded in.</summary>
public sealed class ImportUpload
{
    /// <summary>One file: the import template or the supervisory report, as .xlsx or .csv (UTF-8, or Windows-1251 as Excel saves it).</summary>
    public IFormFile? File { get; set; }
}

public sealed class ImportActivities(ActivityImports imports) : Endpoint<ImportQuery, ImportReport>
{
    public override void Configure()
    {
        Post(ImportRoutes.Activities);
        Policies(Access.Drafter.Policy);
        // The form is read here, whole, within the upload's own size limit; FastEndpoints must not bind it first.
        AllowFileUploads(dontAutoBindFormData: true);
        Options(b => b.WithMetadata(new LargerBodyLimit(ImportLimits.MaxUploadBytes)));
        Description(b => b.Documented(ImportRoutes.Tag, "Import register entries from a spreadsheet",
                "One file (multipart/form-data): the import template or the supervisory report exported as XLSX or CSV. Each row " +
                "creates an entry (a draft) or updates the entry with its code, through the same checks as the API; a column the " +
                "file lacks leaves its field as it is. dryRun=true (the default) changes nothing and says, row by row, what would " +
                "happen and every problem with its column and value. dryRun=false applies every row in one transaction, or none: " +
                "any problem is a 422 carrying the same rows. The officer, and department heads for their own departments. " +
                $"Files up to {ImportLimits.MaxUploadBytes / (1024 * 1024)} MB and {ImportLimits.MaxRows} rows.")
            .Accepts<ImportUpload>("multipart/form-data")
            .Produces<ImportReport>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity));
    }

    public override async Task HandleAsync(ImportQuery query, CancellationToken cancellationToken)
    {
        var dryRun = query.DryRun?.ToLowerInvariant() switch
        {
            null or "true" => true,
            "false" => false,
            _ => throw new InvalidRequestException("dryRun", ForReader.Text("Параметр «dryRun» должен быть true или false.", "'dryRun' must be true or false.")),
        };
        var file = await UploadAsync(HttpContext.Request, cancellationToken);
        await Send.OkAsync(await imports.ImportAsync(HttpContext.Caller(), file, dryRun, cancellationToken), cancellationToken);
    }

    /// <summary>The one file of the form; a 400 for a form without exactly one, or one that is not well-formed multipart.</summary>
    private static async Task<UploadedFile> UploadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            throw new InvalidRequestException("file", ForReader.Text("Загрузка — не правильно составленные данные multipart/form-data.", "The upload is not well-formed multipart/form-data."));
        }
        catch (IOException exception) when (exception is not BadHttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new InvalidRequestException("file", ForReader.Text("Загрузка оборвалась раньше, чем закончились её данные multipart/form-data.", "The upload ended before its multipart/form-data did."));
        }
        if (form.Files.Count != 1)
        {
            throw new InvalidRequestException("file", ForReader.Text(
                $"Отправьте один файл (поле формы «file»); в этом запросе файлов: {form.Files.Count}.", $"Send one file (form field 'file'); this request has {form.Files.Count}."));
        }
        var upload = form.Files[0];
        using var content = new MemoryStream((int)Math.Min(upload.Length, ImportLimits.MaxUploadBytes));
        await upload.CopyToAsync(content, cancellationToken);
        return new UploadedFile(upload.FileName, upload.ContentType, content.ToArray());
    }
}
