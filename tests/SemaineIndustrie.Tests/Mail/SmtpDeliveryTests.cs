using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Tests.Mail;

/// The production sender against a real SMTP server on 127.0.0.1: Debian's aiosmtpd, which prints
/// every message it receives.
public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private readonly int _port = FreePort();
    private Process? _server;

    [Fact]
    public async Task A_message_sent_through_SMTP_arrives_whole()
    {
        var sender = new SmtpMailSender(Options.Create(new MailOptions { Delivery = MailDelivery.Smtp, Host = "127.0.0.1", Port = _port }),
            new TestHostEnvironment(), NullLogger<SmtpMailSender>.Instance);
        await sender.SendAsync(new OutgoingMail("moderation@exemple.gouv.fr", "Demandes de label : 3 en attente", "Bonjour,\n\nTrois demandes attendent votre décision.\n"),
            CancellationToken.None);
        _server!.Kill();
        await _server.WaitForExitAsync();
        var received = await _server.StandardOutput.ReadToEndAsync();
        Assert.Contains("To: moderation@exemple.gouv.fr", received);
        Assert.Contains("Trois demandes attendent votre décision.", received);
    }

    public async Task InitializeAsync()
    {
        _server = Process.Start(new ProcessStartInfo("/usr/bin/python3", $"-u -m aiosmtpd -n -l 127.0.0.1:{_port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, _port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException($"aiosmtpd did not listen on {_port}: {await _server.StandardError.ReadToEndAsync()}");
    }

    public Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
        }
        _server?.Dispose();
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class TestHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "SemaineIndustrie";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
