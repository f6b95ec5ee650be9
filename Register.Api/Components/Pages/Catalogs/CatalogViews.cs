using Register.Api.Components.Shared;
using Register.Api.Features.Catalogs;
using Register.Api.Features.Countries;
using Register.Api.Features.DataCategories;
using Register.Api.Features.Departments;
using Register.Api.Features.InformationSystems;
using Register.Api.Features.LegalBases;
using Register.Api.Features.ProcessingActions;
using Register.Api.Features.ProtectionMeasures;
using Register.Api.Features.Recipients;
using Register.Api.Features.SubjectCategories;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Http;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs;

/// <summary>One page of a catalog as a table: its total and its rows' cells (the first cell is the code).</summary>
public sealed record CatalogTable(int Total, int Page, int PageSize, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// A catalog as the interface lists it: its address, title, the label of its "new entry" link, and how a page of it is read
/// (by its own list operation).
/// </summary>
public sealed record CatalogView(string Key, string Title, string About, string NewLabel,
    Func<IServiceProvider, Caller, string?, int, CancellationToken, Task<CatalogTable>> Read);

public static class CatalogViews
{
    private const int Size = 50;

    public static IReadOnlyList<CatalogView> All =>
    [
        new("departments", T("Подразделения", "Departments"), T("Структурные подразделения и их руководители.", "Structural units and their heads."), T("+ Новое подразделение", "+ New department"),
            (s, c, q, p, t) => Read(s.GetRequiredService<Departments>(), c, new ListDepartmentsQuery { Q = q, Page = p, PageSize = Size }, t,
                [T("Наименование", "Name"), T("Вышестоящее", "Parent"), T("Руководитель", "Head")],
                d => [d.Name, d.ParentCode ?? "—", d.Head?.FullName ?? "—"])),
        new("subject-categories", T("Категории субъектов", "Subject categories"), T("Чьи данные обрабатываются.", "Whose data is processed."), T("+ Новая категория субъектов", "+ New subject category"),
            (s, c, q, p, t) => Read(s.GetRequiredService<SubjectCategories>(), c, new CatalogQuery { Q = q, Page = p, PageSize = Size }, t,
                [T("Наименование", "Name"), T("Могут быть дети", "May include minors")], d => [d.Name ?? "", Labels.YesNo(d.MayIncludeMinors)])),
        new("data-categories", T("Категории данных", "Data categories"), T("С категорией НЦЗПД (приказ № 12).", "With the NPDPC category (Order 12)."), T("+ Новая категория данных", "+ New data category"),
            (s, c, q, p, t) => Read(s.GetRequiredService<DataCategories>(), c, new ListDataCategoriesQuery { Q = q, Page = p, PageSize = Size }, t,
                [T("Наименование", "Name"), T("Группа", "Group"), T("Категория НЦЗПД", "NPDPC category")], d => [d.Name ?? "", d.Group ?? "—", Labels.Category(d.EffectiveNpdpcCategory)])),
        new("legal-bases", T("Правовые основания", "Legal bases"), T("Согласие, ст. 6, п. 2 ст. 8, исключения ст. 9.", "Consent, Art. 6, Art. 8 p. 2, Art. 9 exceptions."), T("+ Новое правовое основание", "+ New legal basis"),
            (s, c, q, p, t) => Read(s.GetRequiredService<LegalBases>(), c, new ListLegalBasesQuery { Q = q, Page = p, PageSize = Size }, t,
                [T("Наименование", "Name"), T("Норма", "Citation")], d => [d.Name ?? "", d.Citation ?? "—"])),
        new("recipients", T("Получатели", "Recipients"), T("Третьи лица, уполномоченные лица, госорганы.", "Third parties, authorized persons, state bodies."), T("+ Новый получатель", "+ New recipient"),
            (s, c, q, p, t) => Read(s.GetRequiredService<Recipients>(), c, new ListRecipientsQuery { Q = q, Page = p, PageSize = Size }, t,
                [T("Наименование", "Name"), T("Вид", "Kind"), T("Страна", "Country")], d => [d.Name, Labels.Recipient(d.Kind), d.CountryCode ?? "—"])),
        new("countries", T("Страны", "Countries"), T("С признаком надлежащей защиты (перечень НЦЗПД).", "With adequate protection (the NPDPC's list)."), T("+ Новая страна", "+ New country"),
            (s, c, q, p, t) => Read(s.GetRequiredService<Countries>(), c, new ListCountriesQuery { Q = q, Page = p, PageSize = Size }, t,
                [T("Наименование", "Name"), T("Надлежащая защита", "Adequate protection")], d => [d.Name ?? "", Labels.YesNo(d.AdequateProtection)])),
        new("information-systems", T("Информационные ресурсы", "Information systems"), T("С вычисленными категорией и классом ОАЦ.", "With the computed category and OAC class."), T("+ Новый информационный ресурс", "+ New information system"),
            (s, c, q, p, t) => Read(s.GetRequiredService<InformationSystems>(), c, new ListInformationSystemsQuery { Q = q, Page = p, PageSize = Size }, t,
                [T("Наименование", "Name"), T("Категория НЦЗПД", "NPDPC category"), T("Класс", "Class"), T("Реестр операторов", "Operator registry")],
                d => [d.Name, Labels.Category(d.NpdpcCategory), d.OacClass ?? "—", Labels.YesNo(d.OperatorRegistryRequired)])),
        new("processing-actions", T("Действия с данными", "Processing actions"), T("Ст. 1 Закона № 99-З.", "Law 99-Z Art. 1."), T("+ Новое действие", "+ New processing action"),
            (s, c, q, p, t) => Read(s.GetRequiredService<ProcessingActions>(), c, new CatalogQuery { Q = q, Page = p, PageSize = Size }, t,
                [T("Наименование", "Name")], d => [d.Name ?? ""])),
        new("protection-measures", T("Меры защиты", "Protection measures"), T("Ст. 17: организационные, технические, криптографические.", "Art. 17: organisational, technical, cryptographic."), T("+ Новая мера защиты", "+ New protection measure"),
            (s, c, q, p, t) => Read(s.GetRequiredService<ProtectionMeasures>(), c, new ListProtectionMeasuresQuery { Q = q, Page = p, PageSize = Size }, t,
                [T("Наименование", "Name"), T("Вид", "Kind"), T("Средства шифрования", "Crypto means")], d => [d.Name ?? "", Labels.MeasureKind(d.Kind), d.CryptoMeans ?? "—"])),
    ];

    public static CatalogView? Find(string key) => All.FirstOrDefault(v => v.Key == key);

    private static async Task<CatalogTable> Read<TRequest, TResponse, TQuery>(
        Catalog<TRequest, TResponse, TQuery> catalog, Caller caller, TQuery query, CancellationToken token, string[] headers, Func<TResponse, string[]> cells)
        where TRequest : class, ICatalogRequest where TResponse : class, ICatalogResponse where TQuery : PageQuery
    {
        var page = await catalog.ListAsync(caller, query, Language, token);
        return new CatalogTable(page.Total, page.Page, page.PageSize, [T("Код", "Code"), .. headers],
            page.Items.Select(item => (IReadOnlyList<string>)[item.Code, .. cells(item)]).ToList());
    }
}
