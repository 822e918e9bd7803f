using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SemaineIndustrie.BrowserTests;

/// A partner's web site on another origin (another port of 127.0.0.1): one plain HTML page holding
/// whatever code the partner pasted into it. Stopped when disposed.
public sealed class PartnerSite : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _html;
    private readonly Task _serving;

    private PartnerSite(string pastedCode)
    {
        _html = $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Académie partenaire</title></head>"
            + $"<body><main><h1>Les visites d'entreprises près de chez vous</h1>{pastedCode}</main></body></html>";
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _serving = ServeAsync();
    }

    public Uri Address { get; }

    public static PartnerSite Serving(string pastedCode) => new(pastedCode);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            var body = Encoding.UTF8.GetBytes(_html);
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
