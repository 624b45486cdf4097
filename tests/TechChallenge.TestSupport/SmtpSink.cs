using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace TechChallenge.TestSupport;

/// <summary>A message as the sink received it, with the headers tests look at decoded.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Subject => Headers.GetValueOrDefault("Subject", "");

    public string Header(string name) => Headers.GetValueOrDefault(name, "");
}

/// <summary>
/// A small real SMTP server on loopback for tests: it speaks enough of RFC 5321 for <c>System.Net.Mail</c>, keeps what
/// it receives, and can refuse recipients with a chosen reply ("550 …" permanent, "451 …" try later).
/// </summary>
public sealed partial class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<ReceivedMail> received = new();
    private readonly Task accepting;

    public SmtpSink()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>The reply to RCPT TO for an address; null accepts it.</summary>
    public Func<string, string?> RecipientReply { get; set; } = _ => null;

    public IReadOnlyList<ReceivedMail> Messages => received.ToArray();

    public async Task<ReceivedMail> WaitForAsync(Func<ReceivedMail, bool> match, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if (received.FirstOrDefault(match) is { } mail)
            {
                return mail;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The SMTP sink did not receive the expected message.");
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException) { }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink ESMTP");
        string? from = null;
        var to = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-sink");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "HELO" or "NOOP" or "RSET":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "MAIL":
                    from = Address(line);
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    var address = Address(line);
                    if (RecipientReply(address) is { } refusal)
                    {
                        await writer.WriteLineAsync(refusal);
                    }
                    else
                    {
                        to.Add(address);
                        await writer.WriteLineAsync("250 OK");
                    }

                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    received.Enqueue(Parse(from ?? "", to.ToList(), data.ToString()));
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    private static string Address(string line) => AddressPattern().Match(line) is { Success: true } match ? match.Groups[1].Value : "";

    /// <summary>Headers unfolded and their encoded words decoded; a base64 or quoted-printable body decoded.</summary>
    public static ReceivedMail Parse(string from, IReadOnlyList<string> to, string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = split < 0 ? data : data[..split];
        var body = split < 0 ? "" : data[(split + 4)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in Regex.Split(headerText.Replace("\r\n ", " ").Replace("\r\n\t", " "), "\r\n"))
        {
            var colon = header.IndexOf(':');
            if (colon > 0)
            {
                headers[header[..colon].Trim()] = DecodeWords(header[(colon + 1)..].Trim());
            }
        }

        var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "").ToLowerInvariant();
        var decoded = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return new ReceivedMail(from, to, headers, decoded.Replace("\r\n", "\n"));
    }

    private static string DecodeWords(string value) =>
        EncodedWordPattern()
            .Replace(value.Replace("?= =?", "?==?"), match =>
            {
                var charset = Encoding.GetEncoding(match.Groups[1].Value);
                var text = match.Groups[3].Value;
                return match.Groups[2].Value.ToUpperInvariant() == "B"
                    ? charset.GetString(Convert.FromBase64String(text))
                    : QuotedPrintable(text.Replace('_', ' '));
            });

    private static string QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var unfolded = text.Replace("=\r\n", "");
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '=' && i + 2 < unfolded.Length && Uri.IsHexDigit(unfolded[i + 1]) && Uri.IsHexDigit(unfolded[i + 2]))
            {
                bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(unfolded[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();
}
