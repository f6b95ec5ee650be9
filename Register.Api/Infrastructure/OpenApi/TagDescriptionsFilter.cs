using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Register.Api.Infrastructure.OpenApi;

/// <summary>Every tag of the document, described: what the group of operations is for and who uses it.</summary>
public sealed class TagDescriptionsFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["Departments"] = "The operator's structural units and their heads; each head keeps its unit's entries.",
        ["Subject categories"] = "Categories of data subjects (employees, applicants, students, visitors...).",
        ["Data categories"] = "Categories of personal data, each with its NPDPC category (Order No. 12).",
        ["Legal bases"] = "Consent and the cases of Law 99-З Art. 6, Art. 8 p.2 and Art. 9 p.1, with their citations.",
        ["Recipients"] = "Third parties, authorized persons (Art. 7) and state bodies the data is provided to.",
        ["Countries"] = "ISO 3166-1 countries with the NPDPC's adequacy of protection (Order No. 14).",
        ["Information systems"] = "Where the data lives, with the computed NPDPC category, OAC class and operator-register requirement.",
        ["Processing actions"] = "The actions with personal data of Art. 1 (collection ... deletion).",
        ["Protection measures"] = "Art. 17 measures: organisational, technical, cryptographic.",
        ["Operator"] = "The operator itself: name, address, UNP, the person responsible, branches.",
        ["Processing activities"] = "The register's entries, their findings under the law's rules, workflow, versions and diffs.",
        ["Compliance"] = "Findings across the register.",
        ["Dashboard"] = "What needs attention today: the figures behind the interface's home page, scoped to the caller.",
        ["API keys"] = "Keys and roles: officer, department head, auditor.",
        ["Audit"] = "Who changed what and when, with the state before and after; append-only.",
        ["Reports"] = "The reports for internal control and the NPDPC, in JSON, CSV, XLSX and HTML, and the snapshots of them kept as evidence.",
        ["Working-day calendar"] = "Belarus's public holidays and transfers of working days, on which the journals' deadlines are counted.",
        ["Subject requests"] = "The journal of subjects' requests (Law 99-З ст. 10-14) with their deadlines; holds personal data.",
        ["Breaches"] = "The journal of breaches of personal-data protection (ст. 16 п. 1), with the NPDPC notification and its deadline.",
        ["Export"] = "The whole register in one file: what moves it to another database (the import is a command-line step).",
        ["Dashboard"] = "What needs attention now: entries, findings, reviews, requests and breaches.",
        ["Imports"] = "Register entries from a spreadsheet (the import template or the supervisory report): a dry run row by row, then all or nothing.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var used = context.ApiDescriptions
            .SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>().SelectMany(t => t.Tags))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Select(tag => new OpenApiTag
        {
            Name = tag,
            Description = Descriptions.TryGetValue(tag, out var description) ? description : throw new InvalidOperationException($"The tag '{tag}' has no description."),
        }));
    }
}
