using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TechChallenge.Bench;

/// <summary>
/// One browser profile: its cookie jar (signed in through the login form, as a person does, or anonymous) and the
/// HTTP client that fetches pages with it. The circuits opened from it send the same cookies on their WebSockets.
/// </summary>
internal sealed class BrowserSession : IDisposable
{
    private BrowserSession(Uri address, CookieContainer cookies, HttpClient http)
    {
        Address = address;
        Cookies = cookies;
        Http = http;
    }

    public Uri Address { get; }

    public CookieContainer Cookies { get; }

    public HttpClient Http { get; }

    /// <summary>A session, signed in as <paramref name="email"/> unless it is null.</summary>
    public static async Task<BrowserSession> OpenAsync(Uri address, string? email, string password)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(
            new SocketsHttpHandler
            {
                CookieContainer = cookies,
                AllowAutoRedirect = false,
                // Pages are fetched a few at a time however many circuits are open; don't keep a socket per circuit.
                MaxConnectionsPerServer = 16,
            }
        )
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(2),
        };
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var session = new BrowserSession(address, cookies, http);
        if (email is not null)
        {
            await session.SignInAsync(email, password);
        }

        return session;
    }

    private async Task SignInAsync(string email, string password)
    {
        var page = new HtmlParser().ParseDocument(await Http.GetStringAsync("account/login"));
        var emailField = (IHtmlInputElement)page.QuerySelector("[data-testid=login-email]")!;
        var form = page.Forms.Single(f => f.Contains(emailField));
        var fields = form
            .Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not "checkbox")
            .ToDictionary(i => i.Name!, i => i.Value);
        fields[emailField.Name!] = email;
        fields[((IHtmlInputElement)page.QuerySelector("[data-testid=login-password]")!).Name!] = password;
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? "account/login" : form.GetAttribute("action")!.TrimStart('/');
        using var response = await Http.PostAsync(action, new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect || Cookies.GetCookies(Address).Count == 0)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}");
        }
    }

    public void Dispose() => Http.Dispose();
}
