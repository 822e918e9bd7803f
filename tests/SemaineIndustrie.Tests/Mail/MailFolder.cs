using System.Text.RegularExpressions;

namespace SemaineIndustrie.Tests.Mail;

/// The pickup folder a test app writes its e-mails to, read back as a user would see them.
public sealed partial class MailFolder(string path)
{
    public string Path { get; } = path;

    public IReadOnlyList<ReceivedMail> All() => !Directory.Exists(Path)
        ? []
        : Directory.EnumerateFiles(Path, "*.eml")
            .Select(file => (File: file, Written: File.GetLastWriteTimeUtc(file)))
            .OrderBy(f => f.Written)
            .Select(f => Complete(f.File))
            .OfType<ReceivedMail>()
            .ToList();

    /// SmtpClient writes a pickup file in place, holding it open: a file it still writes cannot be
    /// opened without sharing (a lock on Unix too), so it is left for the next look.
    private static ReceivedMail? Complete(string file)
    {
        try
        {
            using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None));
            return ReceivedMail.Parse(reader.ReadToEnd());
        }
        catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    public IReadOnlyList<ReceivedMail> To(string address) =>
        All().Where(m => string.Equals(m.To.Trim('<', '>', ' '), address, StringComparison.OrdinalIgnoreCase)
            || m.To.EndsWith($"<{address}>", StringComparison.OrdinalIgnoreCase)).ToList();

    /// Waits for a message to arrive (senders may run after the response is written).
    public async Task<ReceivedMail> WaitForAsync(string address, Func<ReceivedMail, bool>? match = null, int timeoutSeconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var found = To(address).LastOrDefault(m => match?.Invoke(m) ?? true);
            if (found is not null)
            {
                return found;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No e-mail to {address} after {timeoutSeconds} s; the folder holds: "
                    + string.Join(" | ", All().Select(m => $"{m.To}: {m.Subject}")));
            }
            await Task.Delay(100);
        }
    }
}

/// One message: headers decoded, the plain-text body as written (bodies are 8-bit UTF-8).
public sealed partial record ReceivedMail(string To, string Subject, string Body, string Raw)
{
    public static ReceivedMail Parse(string raw)
    {
        var headerEnd = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = raw[..headerEnd];
        string Header(string name) => HeaderLine(name).Match(headers) is { Success: true } m ? m.Groups[1].Value.Trim() : "";
        return new ReceivedMail(Header("To"), Header("Subject"), TextPart(raw), raw);
    }

    /// The first absolute link in the body that contains the given fragment.
    public string Link(string fragment) =>
        Links().Matches(Body).Select(m => m.Value).FirstOrDefault(l => l.Contains(fragment, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No link containing « {fragment} » in: {Body}");

    /// The decoded text of an attached file (attachments are base64-encoded).
    public string Attachment(string fileName)
    {
        var at = Raw.IndexOf($"name=\"{fileName}\"", StringComparison.OrdinalIgnoreCase) is var i and >= 0 ? i
            : Raw.IndexOf($"name={fileName}", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            throw new InvalidOperationException($"No attachment {fileName} in: {Raw}");
        }
        var start = Raw.IndexOf("\r\n\r\n", at, StringComparison.Ordinal) + 4;
        var end = Raw.IndexOf("\r\n--", start, StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Raw[start..end].Replace("\r\n", "", StringComparison.Ordinal)));
    }

    private static string TextPart(string raw)
    {
        // A multipart message holds the text part first; a single-part one is the body itself.
        var marker = raw.IndexOf("Content-Type: text/plain", StringComparison.OrdinalIgnoreCase);
        var start = raw.IndexOf("\r\n\r\n", marker < 0 ? 0 : marker, StringComparison.Ordinal) + 4;
        var end = raw.IndexOf("\r\n--", start, StringComparison.Ordinal);
        return (end < 0 ? raw[start..] : raw[start..end]).Trim();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Links();

    private static Regex HeaderLine(string name) => new($"^{name}: (.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase);
}
