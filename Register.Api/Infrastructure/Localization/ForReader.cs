using System.Globalization;

namespace Register.Api.Infrastructure.Localization;

/// <summary>
/// A message in the language of whoever reads it: Russian in the web interface (unless the user switched to English),
/// English on the API, whose requests run in the invariant culture so that a server's own locale never changes what
/// its clients read. Both languages are written side by side where the message is made, so neither can go missing.
/// </summary>
public static class ForReader
{
    public static bool Russian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";

    public static string Text(string ru, string en) => Russian ? ru : en;
}
