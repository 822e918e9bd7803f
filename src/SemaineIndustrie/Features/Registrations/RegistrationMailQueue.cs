using System.Threading.Channels;

namespace SemaineIndustrie.Features.Registrations;

/// Registration e-mails leave after the answer: the registrant is not kept waiting for the mail
/// server, and a burst of registrations (a class campaign) does not hold database connections while
/// messages are composed. A message still queued when the process stops is lost; the registration
/// itself is not, and the personal page shows it.
public sealed class RegistrationMailQueue
{
    private readonly Channel<(bool Promoted, int RegistrationId)> _queue = Channel.CreateUnbounded<(bool, int)>(new() { SingleReader = true });

    public void Registered(int registrationId) => _queue.Writer.TryWrite((false, registrationId));

    public void Promoted(IEnumerable<int> registrationIds)
    {
        foreach (var id in registrationIds)
        {
            _queue.Writer.TryWrite((true, id));
        }
    }

    public IAsyncEnumerable<(bool Promoted, int RegistrationId)> ReadAllAsync(CancellationToken ct) => _queue.Reader.ReadAllAsync(ct);
}

public sealed partial class RegistrationMailSender(RegistrationMailQueue queue, IServiceScopeFactory scopes, ILogger<RegistrationMailSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (promoted, id) in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var mails = scope.ServiceProvider.GetRequiredService<RegistrationMails>();
                await (promoted ? mails.SendPromotedAsync([id], stoppingToken) : mails.SendRegisteredAsync(id, stoppingToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, id, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail of registration {RegistrationId} not sent")]
    private static partial void LogFailed(ILogger logger, int registrationId, Exception exception);
}
