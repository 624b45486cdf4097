using Microsoft.Extensions.Options;
using TechChallenge.Infrastructure.Notifications;

namespace TechChallenge.Web.Features.Notifications;

/// <summary>What start-up found about <see cref="PublicBaseUrl.Setting"/>, for <see cref="PublicBaseUrlReport"/>.</summary>
internal sealed record PublicBaseUrlFinding(LogLevel Level, string Address, bool Derived, string? Configured);

/// <summary>Says at start-up which address links in e-mails use, and where it came from.</summary>
internal sealed class PublicBaseUrlReport(
    IOptions<MailOptions> options,
    ILogger<PublicBaseUrlReport> log,
    IEnumerable<PublicBaseUrlFinding> findings
) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = options.Value; // validated on start: a Production host without the setting has already stopped
        foreach (var finding in findings)
        {
            if (!finding.Derived)
            {
                log.Log(finding.Level, "Links in e-mails start with {Address} ({Setting}).", finding.Address, PublicBaseUrl.Setting);
            }
            else if (string.IsNullOrWhiteSpace(finding.Configured))
            {
                log.Log(
                    finding.Level,
                    "{Setting} is not set: links in e-mails start with {Address}, where this server listens. Set it to the "
                        + "address users reach the site at.",
                    PublicBaseUrl.Setting,
                    finding.Address
                );
            }
            else
            {
                log.Log(
                    finding.Level,
                    "{Setting} \"{Configured}\" is not an absolute http(s) address: links in e-mails start with {Address}, "
                        + "where this server listens, instead.",
                    PublicBaseUrl.Setting,
                    finding.Configured,
                    finding.Address
                );
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
