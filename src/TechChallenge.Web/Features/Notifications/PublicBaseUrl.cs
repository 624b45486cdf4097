using TechChallenge.Infrastructure.Notifications;

namespace TechChallenge.Web.Features.Notifications;

/// <summary>
/// The address users reach the site at (<c>Mail:PublicBaseUrl</c>): links in e-mails start with it. In Production it
/// must be set, because behind a proxy the address the server listens on is not the one users type: a missing or
/// malformed value stops the start. Elsewhere a missing one is taken from where the server listens (under
/// <c>dotnet run</c>, http://localhost:5080 from launchSettings.json), and the log says which address links use.
/// </summary>
public static class PublicBaseUrl
{
    public const string Setting = MailOptions.Section + ":" + nameof(MailOptions.PublicBaseUrl);

    /// <summary>Kestrel's own address when nothing says where to listen.</summary>
    public const string KestrelDefault = "http://localhost:5000";

    /// <summary>The address without a trailing slash, or null unless it is an absolute http(s) address of a site.</summary>
    public static string? Parse(string? value)
    {
        if (
            !Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Host.Length == 0
            || uri.UserInfo.Length > 0
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0
        )
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>
    /// Where the server listens, read from the settings Kestrel reads (<c>urls</c>, which ASPNETCORE_URLS and
    /// launchSettings.json set; <c>http_ports</c>/<c>https_ports</c>; <c>Kestrel:Endpoints</c>), the first address
    /// that is one: a wildcard host becomes localhost.
    /// </summary>
    public static string Derive(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]);
        var ports = Ports(configuration["http_ports"], "http").Concat(Ports(configuration["https_ports"], "https"));
        var addresses = (configuration["urls"] ?? "").Split(';', StringSplitOptions.TrimEntries).Concat(ports).Concat(endpoints);
        return addresses.Select(a => Parse(Reachable(a))).FirstOrDefault(a => a is not null) ?? KestrelDefault;
    }

    /// <summary>Checks the setting at start-up (see the class) and fills it in where it may be derived.</summary>
    public static WebApplicationBuilder AddPublicBaseUrl(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[Setting];
        var valid = Parse(configured);
        var services = builder.Services;
        if (valid is not null)
        {
            services.PostConfigure<MailOptions>(options => options.PublicBaseUrl = valid);
            services.AddSingleton(new PublicBaseUrlFinding(LogLevel.Information, valid, Derived: false, configured));
        }
        else if (!builder.Environment.IsProduction())
        {
            var derived = Derive(builder.Configuration);
            services.PostConfigure<MailOptions>(options => options.PublicBaseUrl = derived);
            var level =
                string.IsNullOrWhiteSpace(configured) && builder.Environment.IsDevelopment() ? LogLevel.Information : LogLevel.Warning;
            services.AddSingleton(new PublicBaseUrlFinding(level, derived, Derived: true, configured));
        }

        services.AddHostedService<PublicBaseUrlReport>();
        services
            .AddOptions<MailOptions>()
            .Validate(
                options => Parse(options.PublicBaseUrl) is not null,
                $"{Setting} must be the absolute http(s) address users reach the site at, e.g. https://challenges.example.cn "
                    + $"(it is \"{configured}\"): links in e-mails start with it. Set it in appsettings.json or as "
                    + "the environment variable Mail__PublicBaseUrl."
            )
            .ValidateOnStart();
        return builder;
    }

    private static IEnumerable<string> Ports(string? ports, string scheme) =>
        (ports ?? "")
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"{scheme}://localhost:{p}");

    private static string? Reachable(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        // "http://*:80", "http://+:80", "http://0.0.0.0:80", "http://[::]:80": every interface, reached here as localhost.
        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
        {
            var at = address.IndexOf(wildcard, StringComparison.Ordinal);
            if (at > 0)
            {
                return string.Concat(address.AsSpan(0, at), "://localhost", address.AsSpan(at + wildcard.Length));
            }
        }

        return address;
    }
}
