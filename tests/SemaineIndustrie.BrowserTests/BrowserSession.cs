using Microsoft.Playwright;

namespace SemaineIndustrie.BrowserTests;

/// A fresh browser context on the test server, in French, that refuses every request leaving the
/// machine and remembers it (map tiles, fonts or scripts from a CDN would show up here), along
/// with the page's uncaught script errors.
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _outsideRequests = [];
    private readonly List<string> _scriptErrors = [];

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public IReadOnlyList<string> OutsideRequests => _outsideRequests;

    public IReadOnlyList<string> ScriptErrors => _scriptErrors;

    public static async Task<BrowserSession> OpenAsync(BrowserFixture browser, HttpServerFixture server)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = server.ServerAddress.ToString(),
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new() { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host is "127.0.0.1" or "localhost")
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (session._outsideRequests)
                {
                    session._outsideRequests.Add(route.Request.Url);
                }
                await route.AbortAsync("blockedbyclient");
            }
        });
        page.PageError += (_, error) =>
        {
            lock (session._scriptErrors)
            {
                session._scriptErrors.Add(error);
            }
        };
        return session;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
