using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Catalogs;

/// <summary>
/// How a refusal names a catalog: the English word for one entry (as API clients have always read it) and the Russian
/// name of the catalog as the interface titles it. Russian messages name the catalog («Подразделения») rather than
/// declining the word for its entry, so one form serves every sentence.
/// </summary>
public sealed record CatalogWord(string English, string Catalog)
{
    /// <summary>A reference to a code the catalog does not have: a 400 beside the field that names it.</summary>
    public string Unknown(string? code) =>
        ForReader.Text($"В справочнике «{Catalog}» нет кода «{code}». Выберите код из справочника.", $"Unknown {English} '{code}'.");
}

public static class CatalogWords
{
    public static readonly CatalogWord Department = new("department", "Подразделения");
    public static readonly CatalogWord SubjectCategory = new("subject category", "Категории субъектов");
    public static readonly CatalogWord DataCategory = new("data category", "Категории данных");
    public static readonly CatalogWord LegalBasis = new("legal basis", "Правовые основания");
    public static readonly CatalogWord Recipient = new("recipient", "Получатели");
    public static readonly CatalogWord Country = new("country", "Страны");
    public static readonly CatalogWord InformationSystem = new("information system", "Информационные ресурсы");
    public static readonly CatalogWord ProcessingAction = new("processing action", "Действия с данными");
    public static readonly CatalogWord ProtectionMeasure = new("protection measure", "Меры защиты");
}
