using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Register.Bench;

/// <summary>
/// The web interface's register page (its table of 50 entries, the 10,000-entry register) beside the API's list page of
/// the same 50 entries: time to the first byte, one client, requests in turn, after a warm-up. The page is reached as a
/// user reaches it: the key is exchanged for the session cookie through the sign-in form (antiforgery included).
/// Target: the page's median within 2x of the API list's.
/// </summary>
internal sealed partial class Benchmark
{
    private const int InterfaceWarmup = 40;
    private const int InterfaceRequests = 200;

    internal sealed record InterfaceResult(int Size, double ApiP50, double ApiP95, double PageP50, double PageP95, double SummaryP50, long PageBytes);

    private async Task<InterfaceResult> MeasureInterfaceAsync(CachedRegister register)
    {
        await using var server = ServerProcess.Start(settings.ApiDll, register.Path, NextPort());
        await server.WaitReadyAsync(ApiReady, TimeSpan.FromSeconds(120));
        using var api = Client(server.BaseUrl, register.Key, TimeSpan.FromSeconds(60));
        using var browser = await SignedInAsync(server.BaseUrl, register.Key);

        var pages = Math.Max(1, register.Size / 50);
        var random = new Random(register.Size);
        var order = Enumerable.Range(0, InterfaceWarmup + InterfaceRequests).Select(_ => random.Next(1, pages + 1)).ToList();
        var apiTimes = new List<double>();
        var summaryTimes = new List<double>();
        var pageTimes = new List<double>();
        long pageBytes = 0;
        for (var i = 0; i < order.Count; i++)
        {
            var page = order[i];
            var apiMs = await FirstByteAsync(api, $"/api/activities?page={page}&pageSize=50");
            var summaryMs = await FirstByteAsync(api, $"/api/activities?view=summary&page={page}&pageSize=50");
            var (pageMs, bytes) = await FirstByteOfPageAsync(browser, $"/register?page={page}");
            if (i < InterfaceWarmup) continue;
            apiTimes.Add(apiMs);
            summaryTimes.Add(summaryMs);
            pageTimes.Add(pageMs);
            pageBytes = bytes;
        }
        apiTimes.Sort();
        summaryTimes.Sort();
        pageTimes.Sort();
        var result = new InterfaceResult(register.Size, Percentile(apiTimes, 0.5), Percentile(apiTimes, 0.95), Percentile(pageTimes, 0.5),
            Percentile(pageTimes, 0.95), Percentile(summaryTimes, 0.5), pageBytes);
        Say($"  {register.Size,7:N0} interface: register page TTFB p50 {result.PageP50:F1} ms (p95 {result.PageP95:F1}); API list p50 {result.ApiP50:F1} ms " +
            $"(p95 {result.ApiP95:F1}); view=summary p50 {result.SummaryP50:F1} ms; page/API {result.PageP50 / result.ApiP50:F2}x");
        return result;
    }

    private static async Task<double> FirstByteAsync(HttpClient client, string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var one = new byte[1];
        _ = await body.ReadAsync(one);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        await body.CopyToAsync(Stream.Null);
        return elapsed;
    }

    private static async Task<(double Ms, long Bytes)> FirstByteOfPageAsync(HttpClient client, string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var one = new byte[1];
        var first = await body.ReadAsync(one);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} (not signed in?)");
        var rest = new MemoryStream();
        await body.CopyToAsync(rest);
        var html = Encoding.UTF8.GetString(rest.ToArray());
        if (!html.Contains("<tbody>", StringComparison.Ordinal)) throw new InvalidOperationException($"GET {path}: the page has no table.");
        return (elapsed, first + rest.Length);
    }

    /// <summary>A client holding the session cookie, signed in through the interface's own form.</summary>
    private static async Task<HttpClient> SignedInAsync(string baseUrl, string key)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var form = await client.GetStringAsync("/signin");
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(form).Groups[1].Value);
        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = token, ["Form.Key"] = key,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || handler.CookieContainer.GetCookies(new Uri(baseUrl))["register.session"] is null)
        {
            throw new InvalidOperationException($"Signing in through the form failed: {(int)response.StatusCode}.");
        }
        return client;
    }

    private static string InterfaceTable(InterfaceResult r)
    {
        var t = new StringBuilder();
        var ratio = r.PageP50 / r.ApiP50;
        t.AppendLine(CultureInfo.InvariantCulture,
            $"Web interface at {r.Size:N0} entries: time to first byte, one client signed in through the sign-in form, {InterfaceRequests} requests each after {InterfaceWarmup} of warm-up, random pages of 50. Target: the register page within 2x of the API list.");
        t.AppendLine();
        t.AppendLine("| request | p50 ms | p95 ms | vs API list (p50) | target |");
        t.AppendLine("|---|---:|---:|---:|---|");
        t.AppendLine(CultureInfo.InvariantCulture, $"| API list `GET /api/activities?page=&pageSize=50` | {r.ApiP50:F1} | {r.ApiP95:F1} | 1.00x | |");
        t.AppendLine(CultureInfo.InvariantCulture, $"| API list `view=summary` | {r.SummaryP50:F1} | | {r.SummaryP50 / r.ApiP50:F2}x | |");
        t.AppendLine(CultureInfo.InvariantCulture, $"| register page `GET /register?page=` ({r.PageBytes / 1024.0:F0} KB of HTML) | {r.PageP50:F1} | {r.PageP95:F1} | {ratio:F2}x | {(ratio <= 2 ? "met" : "MISSED")} |");
        return t.ToString();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
