using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Reports;

/// <summary>The reports as the interface names them, by the name in their API route.</summary>
public static class ReportNames
{
    public static IReadOnlyList<(string Name, string Title, string About)> All =>
    [
        ("supervisory", T("Сведения для внутреннего контроля и НЦЗПД", "Supervisory information set"),
            T("По строке на запись: цели, данные, субъекты, основания, меры, ответственный, сроки, трансграничная передача.", "A row per entry: purposes, data, subjects, bases, measures, responsible person, terms, cross-border transfers.")),
        ("information-resources", T("Перечень информационных ресурсов (Указ № 422, подп. 3.5)", "Information resources (Decree 422 sp. 3.5)"),
            T("Ресурсы с категориями данных, уполномоченными лицами и сроками хранения.", "Resources with data categories, authorized persons and retention.")),
        ("information-systems", T("Информационные системы и классы (приказ ОАЦ № 66)", "Information systems and classes (OAC Order 66)"),
            T("Системы с вычисленными классами.", "Systems with their computed classes.")),
        ("operator-registry", T("Системы для реестра операторов", "Systems for the register of operators"),
            T("Системы, которые нужно внести в государственный реестр операторов, с причиной.", "Systems that must be entered in the state register of operators, with the reason.")),
        ("subject-requests", T("Журнал обращений субъектов", "Subject request log"),
            T("Обращения за период со сроками и ответами.", "Requests of a period with their deadlines and answers.")),
        ("breaches", T("Журнал нарушений", "Breach log"),
            T("Нарушения за период с уведомлением НЦЗПД.", "Breaches of a period with the NPDPC notification.")),
    ];

    public static string Title(string name) => All.FirstOrDefault(r => r.Name == name).Title ?? name;

    /// <summary>The formats a report is written in, as the format selects offer them.</summary>
    public static IReadOnlyList<(string Value, string Label)> Formats =>
        [("xlsx", "Excel (XLSX)"), ("csv", "CSV"), ("html", T("HTML (для печати)", "HTML (to print)")), ("json", "JSON")];

    /// <summary>A size in bytes as people read it, with the exact count.</summary>
    public static string Size(long bytes) => bytes < 1024
        ? T($"{Number((int)bytes)} Б", $"{Number((int)bytes)} B")
        : T($"{bytes / 1024.0:0.#} КБ ({bytes:N0} Б)", $"{bytes / 1024.0:0.#} KB ({bytes:N0} B)");
}
