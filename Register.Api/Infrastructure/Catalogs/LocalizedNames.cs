using System.Globalization;
using FluentValidation;
using Microsoft.Net.Http.Headers;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Infrastructure.Catalogs;

/// <summary>A catalog entry's names in the register's languages; Russian is required (the official working language).</summary>
public sealed record LocalizedNames(string? Ru, string? Be, string? En)
{
    public string? In(string language) => language switch
    {
        "be" => Be ?? Ru,
        "en" => En ?? Ru,
        _ => Ru,
    };
}

public sealed class LocalizedNamesValidator : AbstractValidator<LocalizedNames>
{
    public const int MaxLength = 500;

    public LocalizedNamesValidator()
    {
        RuleFor(n => n.Ru).NotEmpty().PlainText(MaxLength);
        RuleFor(n => n.Be).PlainText(MaxLength);
        RuleFor(n => n.En).PlainText(MaxLength);
    }
}

/// <summary>The response language from <c>Accept-Language</c>: the best-weighted of ru, be, en; ru when none fits.</summary>
public static class Languages
{
    public const string Default = "ru";
    private static readonly string[] Supported = ["ru", "be", "en"];

    public static string From(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var values)) return Default;
        foreach (var value in values.OrderByDescending(v => v.Quality ?? 1.0))
        {
            if (value.Quality == 0) continue;
            var tag = value.Value.ToString();
            var primary = tag.Split('-')[0].ToLower(CultureInfo.InvariantCulture);
            if (Supported.Contains(primary)) return primary;
        }
        return Default;
    }
}
