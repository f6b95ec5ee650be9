using System.Globalization;
using System.Text.RegularExpressions;
using Register.Api.Features.Activities;
using Register.Api.Features.Imports.Spreadsheets;
using Register.Api.Features.Reports.Supervisory;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Domain.Activities;
using Col = Register.Api.Features.Imports.ImportColumns;

namespace Register.Api.Features.Imports;

/// <summary>
/// Reads a row into the body of the API's own create or update. It starts from the entry as the register holds it
/// (or from nothing, for a new one) and takes each field the file has a column for: a column the file lacks leaves
/// its field as it is, an empty cell clears it. Where a supervisory report's cell holds several fields ("methods",
/// "security", cross-border transfers), the template's own column for a field, if the file has both, wins.
/// Catalog entries are named by code or name (<see cref="ImportCatalogs"/>). What cannot be read is a problem of the
/// row, with its column and value; nothing here decides what the register accepts: the operations do.
/// </summary>
internal sealed partial class EntryReader(ImportLayout layout, ImportCatalogs catalogs)
{
    public ActivityRequest Read(ImportSheetRow row, ActivityRequest entry, List<ImportProblem> problems)
    {
        var cells = new RowCells(layout, row, problems);
        var request = entry;
        if (cells[Col.Title] is { } title) request = request with { Title = Text(title) };
        if (cells[Col.Description] is { } description) request = request with { Description = Text(description) };
        if (cells[Col.Department] is { } department)
        {
            request = request with { DepartmentCode = One(cells, Col.Department, department, catalogs.Departments, Held(request.DepartmentCode)) };
        }
        if (cells[Col.SubjectCategories] is { } subjects)
        {
            request = request with { SubjectCategoryCodes = List(cells, Col.SubjectCategories, subjects, catalogs.SubjectCategories, Held(request.SubjectCategoryCodes)) };
        }
        request = DataCategoriesAndRetention(cells, request);
        request = PurposesAndBases(cells, request);
        request = RecipientsOf(cells, request);
        if (cells[Col.Actions] is { } actions)
        {
            request = request with { ActionCodes = List(cells, Col.Actions, actions, catalogs.Actions, Held(request.ActionCodes), CellLists.SemicolonsOrCommas()) };
        }
        if (cells[Col.Methods] is { } methods) request = MethodsOf(cells, methods, request);
        if (cells[Col.ProcessingMethod] is { } method) request = request with { ProcessingMethod = Enumeration<ProcessingMethod>(cells, Col.ProcessingMethod, method, catalogs.ProcessingMethods) };
        if (cells[Col.StorageForm] is { } storage) request = request with { StorageForm = Enumeration<StorageForm>(cells, Col.StorageForm, storage, catalogs.StorageForms) };
        if (cells[Col.DataSource] is { } source) request = request with { DataSource = Enumeration<DataSource>(cells, Col.DataSource, source, catalogs.DataSources) };
        if (cells[Col.ProtectionMeasures] is { } measures)
        {
            request = request with { ProtectionMeasureCodes = List(cells, Col.ProtectionMeasures, measures, catalogs.Measures, Held(request.ProtectionMeasureCodes)) };
        }
        if (cells[Col.Security] is { } security) request = SecurityOf(cells, security, request);
        if (cells[Col.InformationSystems] is { } systems)
        {
            request = request with { InformationSystemCodes = List(cells, Col.InformationSystems, systems, catalogs.Systems, Held(request.InformationSystemCodes)) };
        }
        if (cells[Col.AccessPositions] is { } positions) request = request with { AccessPositions = CellLists.Lines(positions).ToList<string?>() };
        if (cells[Col.StartDate] is { } start) request = request with { StartDate = Date(cells, Col.StartDate, start) };
        if (cells[Col.TerminationCondition] is { } termination) request = request with { TerminationCondition = Text(termination) };
        if (cells[Col.EstimatedSubjects] is { } subjectsCount) request = request with { EstimatedSubjects = Count(cells, subjectsCount) };
        if (cells[Col.IncludesMinorsUnder16] is { } minors) request = request with { IncludesMinorsUnder16 = YesNo(cells, minors) };
        if (cells[Col.ReviewDueDate] is { } review) request = request with { ReviewDueDate = Date(cells, Col.ReviewDueDate, review) };
        return request;
    }

    /// <summary>The cells of one row by column key, and where its problems go.</summary>
    private sealed class RowCells(ImportLayout layout, ImportSheetRow row, List<ImportProblem> problems)
    {
        public string? this[string key] => layout.Cell(row, key);

        public void Problem(string key, string? value, string message) => problems.Add(new ImportProblem(layout.HeaderOf(key), value, message));
    }

    private static string? Text(string cell) => cell.Length == 0 ? null : cell;

    /// <summary>The codes the entry holds in a field now: a name several catalog entries share is read as the one it holds.</summary>
    private static IReadOnlyCollection<string> Held(IEnumerable<string?>? codes) => (codes ?? []).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyCollection<string> Held(string? code) => code is null ? [] : [code];

    private static string? One(RowCells cells, string key, string cell, NameLookup lookup, IReadOnlyCollection<string>? preferred = null)
    {
        if (cell.Length == 0) return null;
        if (lookup.TryFind(cell, out var code, preferred)) return code;
        cells.Problem(key, cell, CellLists.Unknown(lookup, cell));
        return null;
    }

    private static TEnum? Enumeration<TEnum>(RowCells cells, string key, string cell, NameLookup lookup) where TEnum : struct, Enum =>
        One(cells, key, cell, lookup) is { } code ? KebabEnum.Parse<TEnum>(code) : null;

    private static List<string?> List(RowCells cells, string key, string cell, NameLookup lookup, IReadOnlyCollection<string> preferred, Regex? separator = null)
    {
        var codes = new List<string?>();
        foreach (var line in CellLists.Lines(cell))
        {
            var (found, unmatched) = CellLists.Match(line, lookup, separator ?? CellLists.Semicolons(), preferred);
            codes.AddRange(found);
            if (unmatched is not null) cells.Problem(key, unmatched, CellLists.Unknown(lookup, unmatched));
        }
        return codes;
    }

    private ActivityRequest DataCategoriesAndRetention(RowCells cells, ActivityRequest request)
    {
        var current = (request.DataCategories ?? []).OfType<ActivityDataCategoryRequest>().ToList();
        var codes = cells[Col.DataCategories] is { } list
            ? List(cells, Col.DataCategories, list, catalogs.DataCategories, Held(current.Select(d => d.Code))).OfType<string>().ToList()
            : current.Select(d => d.Code).OfType<string>().ToList();

        var own = current.Where(d => d.Code is not null).GroupBy(d => d.Code!).ToDictionary(g => g.Key, g => g.First().Retention);
        var retention = request.Retention;
        if (cells[Col.Retention] is { } text)
        {
            own.Clear();
            var lines = CellLists.Lines(text);
            retention = lines.Count == 0 ? null : RetentionOf(cells, lines[0]);
            foreach (var line in lines.Skip(1))
            {
                var (code, rest) = DataCategoryLine(line, codes);
                if (code is null)
                {
                    cells.Problem(Col.Retention, line, ForReader.Text(
                        "В строке не названа ни одна из категорий персональных данных записи: укажите «категория данных: срок хранения».",
                        "The line names none of the entry's data categories: write 'data category: retention'."));
                }
                else own[code] = RetentionOf(cells, rest);
            }
        }
        return request with
        {
            Retention = retention,
            DataCategories = codes.Select(c => (ActivityDataCategoryRequest?)new ActivityDataCategoryRequest(c, own.GetValueOrDefault(c))).ToList(),
        };
    }

    private RetentionRequest? RetentionOf(RowCells cells, string text)
    {
        if (RetentionText.TryParse(text, catalogs.RetentionKinds, out var retention, out var error)) return retention;
        cells.Problem(Col.Retention, text, error!);
        return null;
    }

    /// <summary>"Видеоизображение (...): установленный срок: 30 дней": which of the entry's categories, by its longest name that starts the line.</summary>
    private (string? Code, string Retention) DataCategoryLine(string line, IReadOnlyList<string> codes)
    {
        var normalised = NameLookup.Normalise(line);
        var best = codes.SelectMany(code => catalogs.DataCategories.NamesOf(code).Select(name => (Code: code, Name: name)))
            .Where(n => normalised.StartsWith(n.Name + ":", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(n => n.Name.Length)
            .FirstOrDefault();
        return best.Code is null ? (null, line) : (best.Code, normalised[(best.Name.Length + 1)..].Trim());
    }

    private ActivityRequest PurposesAndBases(RowCells cells, ActivityRequest request)
    {
        var texts = cells[Col.Purposes] is { } purposeCell ? CellLists.NumberedItems(purposeCell).Select(i => i.Text).ToList() : null;
        var current = (request.Purposes ?? []).OfType<PurposeRequest>().ToList();
        var bases = cells[Col.LegalBases] is { } basesCell ? BasesOf(cells, basesCell, Held(current.SelectMany(p => p.LegalBasisCodes ?? []))) : null;
        if (texts is null && bases is null) return request;

        var count = texts?.Count ?? current.Count;
        foreach (var number in (bases?.Keys.ToList() ?? []).Where(n => n < 1 || n > count))
        {
            cells.Problem(Col.LegalBases, number.ToString(CultureInfo.InvariantCulture), ForReader.Text(
                $"Строка {number} относится к цели {number}, а целей в записи: {count}.", $"Line {number} is for purpose {number}, but the entry has {count} purposes."));
        }
        return request with
        {
            Purposes = Enumerable.Range(0, count).Select(i =>
            {
                var (codes, reference) = bases is null
                    ? (current.ElementAtOrDefault(i)?.LegalBasisCodes?.ToList() ?? [], current.ElementAtOrDefault(i)?.LegalReference)
                    : bases.GetValueOrDefault(i + 1, ([], null));
                return (PurposeRequest?)new PurposeRequest(texts?[i] ?? current[i].Text, codes, reference);
            }).ToList(),
        };
    }

    /// <summary>"N. basis; basis; акт: the act" for each purpose N.</summary>
    private Dictionary<int, (List<string?> Codes, string? Reference)> BasesOf(RowCells cells, string cell, IReadOnlyCollection<string> held)
    {
        var bases = new Dictionary<int, (List<string?>, string?)>();
        foreach (var (number, text) in CellLists.NumberedItems(cell))
        {
            var act = Act().Match(text);
            var basesText = act.Success ? text[..act.Index] : text;
            var reference = act.Success ? text[(act.Index + act.Length)..].Trim() : null;
            var codes = new List<string?>();
            if (basesText.Trim().Length > 0)
            {
                var (found, unmatched) = CellLists.Match(basesText.Trim(), catalogs.LegalBases, CellLists.Semicolons(), held);
                codes.AddRange(found);
                if (unmatched is not null) cells.Problem(Col.LegalBases, unmatched, CellLists.Unknown(catalogs.LegalBases, unmatched));
            }
            if (!bases.TryAdd(number, (codes, reference is { Length: > 0 } ? reference : null)))
            {
                cells.Problem(Col.LegalBases, text, ForReader.Text($"Для цели {number} правовые основания указаны дважды.", $"Purpose {number} has two lines of legal bases."));
            }
        }
        return bases;
    }

    private ActivityRequest RecipientsOf(RowCells cells, ActivityRequest request)
    {
        var held = (request.Recipients ?? []).OfType<ActivityRecipientRequest>().ToList();
        var preferred = new HeldRecipients(
            Held(held.Select(r => r.Code)), Held(held.Select(r => r.Transfer?.CountryCode)), Held(held.Select(r => r.Transfer?.LegalBasisCode)));
        if (cells[Col.Recipients] is { } recipients)
        {
            return request with
            {
                Recipients = CellLists.Lines(recipients).Select(line => RecipientLine(cells, line, preferred)).OfType<ActivityRecipientRequest>().ToList<ActivityRecipientRequest?>(),
            };
        }
        if (cells[Col.CrossBorderCountries] is not { } transfersCell) return request;

        // The report lists only the recipients data goes abroad to: they replace the entry's transfers in their places,
        // its other recipients stay.
        var transfers = CellLists.Lines(transfersCell).Select(line => TransferLine(cells, line, preferred)).OfType<ActivityRecipientRequest>().ToList();
        var merged = new List<ActivityRecipientRequest?>();
        var next = 0;
        foreach (var recipient in request.Recipients ?? [])
        {
            if (recipient?.Transfer is null) merged.Add(recipient);
            else if (next < transfers.Count) merged.Add(transfers[next++]);
        }
        merged.AddRange(transfers.Skip(next));
        return request with { Recipients = merged };
    }

    /// <summary>The template's "recipient" or "recipient; country; basis".</summary>
    /// <summary>The codes the entry's recipients name now, by catalog.</summary>
    private sealed record HeldRecipients(IReadOnlyCollection<string> Recipients, IReadOnlyCollection<string> Countries, IReadOnlyCollection<string> Bases);

    private ActivityRecipientRequest? RecipientLine(RowCells cells, string line, HeldRecipients held)
    {
        var parts = CellLists.Semicolons().Split(line);
        var (recipient, next) = CellLists.MatchFirst(parts, 0, catalogs.Recipients, held.Recipients);
        if (recipient is null)
        {
            cells.Problem(Col.Recipients, line, CellLists.Unknown(catalogs.Recipients, parts[0]));
            return null;
        }
        if (next >= parts.Length) return new ActivityRecipientRequest(recipient, null);
        var (country, afterCountry) = CellLists.MatchFirst(parts, next, catalogs.Countries, held.Countries);
        if (country is null)
        {
            cells.Problem(Col.Recipients, line, CellLists.Unknown(catalogs.Countries, string.Concat(parts[next..])));
            return null;
        }
        string? basis = null;
        if (afterCountry < parts.Length)
        {
            var rest = string.Concat(parts[afterCountry..]).Trim();
            if (!catalogs.LegalBases.TryFind(rest, out var code, held.Bases))
            {
                cells.Problem(Col.Recipients, line, CellLists.Unknown(catalogs.LegalBases, rest));
                return null;
            }
            basis = code;
        }
        return new ActivityRecipientRequest(recipient, new TransferRequest(country, basis));
    }

    /// <summary>The supervisory report's "Country (adequacy; basis): Recipient".</summary>
    private ActivityRecipientRequest? TransferLine(RowCells cells, string line, HeldRecipients held)
    {
        var end = line.LastIndexOf("): ", StringComparison.Ordinal);
        var adequacy = end < 0 ? null : SupervisoryWords.Both(SupervisoryWords.NoAdequateProtection).Concat(SupervisoryWords.Both(SupervisoryWords.AdequateProtection))
            .Select(words => (Words: words, At: line.LastIndexOf(" (" + words, end, StringComparison.OrdinalIgnoreCase)))
            .Where(found => found.At >= 0)
            .OrderByDescending(found => found.At)
            .Select(found => ((string Words, int At)?)found)
            .FirstOrDefault();
        if (adequacy is not { } found)
        {
            cells.Problem(Col.CrossBorderCountries, line, TransferForm);
            return null;
        }
        var countryText = line[..found.At].Trim();
        var between = line[(found.At + 2 + found.Words.Length)..end].Trim();
        var recipientText = line[(end + 3)..].Trim();
        var ok = true;
        if (!catalogs.Countries.TryFind(countryText, out var country, held.Countries)) ok = Fail(CellLists.Unknown(catalogs.Countries, countryText));
        if (!catalogs.Recipients.TryFind(recipientText, out var recipient, held.Recipients)) ok = Fail(CellLists.Unknown(catalogs.Recipients, recipientText));
        string? basis = null;
        if (between.StartsWith(';'))
        {
            var basisText = between[1..].Trim();
            if (catalogs.LegalBases.TryFind(basisText, out var code, held.Bases)) basis = code;
            else ok = Fail(CellLists.Unknown(catalogs.LegalBases, basisText));
        }
        else if (between.Length > 0)
        {
            ok = Fail(TransferForm);
        }
        return ok ? new ActivityRecipientRequest(recipient, new TransferRequest(country, basis)) : null;

        bool Fail(string message)
        {
            cells.Problem(Col.CrossBorderCountries, line, message);
            return false;
        }
    }

    /// <summary>What a line of cross-border transfers that does not read as one is told (either reason, one text).</summary>
    private static string TransferForm => ForReader.Text(
        "Укажите передачу так, как её записывает отчёт: «страна (уровень защиты; основание): получатель».",
        "Expected 'country (adequacy of protection; basis): recipient', as the supervisory report writes it.");

    /// <summary>The supervisory report's methods: the processing method, "хранение: form", "получение: source".</summary>
    private ActivityRequest MethodsOf(RowCells cells, string cell, ActivityRequest request)
    {
        ProcessingMethod? method = null;
        StorageForm? storage = null;
        DataSource? source = null;
        foreach (var line in CellLists.Lines(cell))
        {
            if (After(line, SupervisoryWords.Storage) is { } form) storage = Enumeration<StorageForm>(cells, Col.Methods, form, catalogs.StorageForms);
            else if (After(line, SupervisoryWords.Obtained) is { } from) source = Enumeration<DataSource>(cells, Col.Methods, from, catalogs.DataSources);
            else method = Enumeration<ProcessingMethod>(cells, Col.Methods, line, catalogs.ProcessingMethods);
        }
        return request with { ProcessingMethod = method, StorageForm = storage, DataSource = source };
    }

    /// <summary>
    /// The supervisory report's security: "Информационные ресурсы: system (класс 3-ин); ..." and "Доступ имеют: position,
    /// position". Its lines on technical and cryptographic measures repeat the measures column and are not read.
    /// </summary>
    private ActivityRequest SecurityOf(RowCells cells, string cell, ActivityRequest request)
    {
        var systems = new List<string?>();
        var positions = new List<string?>();
        foreach (var line in CellLists.Lines(cell))
        {
            if (After(line, SupervisoryWords.InformationResources) is { } resources)
            {
                var (found, unmatched) = CellLists.Match(resources, catalogs.Systems, CellLists.Semicolons(), Held(request.InformationSystemCodes), WithoutClass);
                systems.AddRange(found);
                if (unmatched is not null) cells.Problem(Col.Security, unmatched, CellLists.Unknown(catalogs.Systems, WithoutClass(unmatched)));
            }
            else if (After(line, SupervisoryWords.Access) is { } access)
            {
                // Positions are joined with ", ", and a position may hold a comma itself ("Работник, ответственный за...");
                // each position starts with a capital letter, as people write them.
                positions.AddRange(PositionStart().Split(access).Select(p => p.Trim()).Where(p => p.Length > 0));
            }
            else if (After(line, SupervisoryWords.TechnicalMeasures) is null && After(line, SupervisoryWords.CryptographicProtection) is null)
            {
                cells.Problem(Col.Security, line, ForReader.Text(
                    "Строка не из тех, что отчёт пишет в этом столбце (информационные ресурсы, меры защиты, доступ).",
                    "The line is none of those the supervisory report writes here (information resources, measures, access)."));
            }
        }
        return request with { InformationSystemCodes = systems, AccessPositions = positions };
    }

    private static string WithoutClass(string name) => ClassSuffix().Replace(name, "");

    private static string? After(string line, Reports.Localized prefix) =>
        SupervisoryWords.Both(prefix).Where(p => line.StartsWith(p, StringComparison.OrdinalIgnoreCase)).Select(p => line[p.Length..].Trim()).FirstOrDefault();

    private static DateOnly? Date(RowCells cells, string key, string cell)
    {
        if (cell.Length == 0) return null;
        if (DateOnly.TryParseExact(cell, ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        cells.Problem(key, cell, ForReader.Text("Это не дата: укажите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.", "Not a date: write YYYY-MM-DD or DD.MM.YYYY."));
        return null;
    }

    private static int? Count(RowCells cells, string cell)
    {
        if (cell.Length == 0) return null;
        var digits = cell.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number) && number <= int.MaxValue)
        {
            return (int)number;
        }
        cells.Problem(Col.EstimatedSubjects, cell, ForReader.Text("Это не целое число.", "Not a whole number."));
        return null;
    }

    private static bool? YesNo(RowCells cells, string cell)
    {
        switch (cell.ToLowerInvariant())
        {
            case "": return null;
            case "да" or "yes" or "true" or "1": return true;
            case "нет" or "no" or "false" or "0": return false;
            default:
                cells.Problem(Col.IncludesMinorsUnder16, cell, ForReader.Text("Укажите «Да» или «Нет».", "Write Да or Нет (Yes or No)."));
                return null;
        }
    }

    [GeneratedRegex(@"(?:^|;\s+)(?:акт|act):\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Act();

    [GeneratedRegex(@",\s+(?=\p{Lu})")]
    private static partial Regex PositionStart();

    [GeneratedRegex(@"\s+\((?:класс|class)\s+[34]-(?:ин|спец|бг)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClassSuffix();
}
