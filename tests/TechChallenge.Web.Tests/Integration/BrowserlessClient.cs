using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>An HTTP client with cookies that signs in through the real login form, antiforgery token and all.</summary>
public sealed class BrowserlessClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public static BrowserlessClient Anonymous(TechChallengeApp app, string? culture = "en-US")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (culture is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        }

        return new BrowserlessClient(client);
    }

    public static async Task<BrowserlessClient> SignedInAsync(TechChallengeApp app, string email, string password = DemoAccounts.Password)
    {
        var client = Anonymous(app);
        var response = await client.SubmitLoginAsync(email, password);
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect,
            $"login of {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}"
        );
        return client;
    }

    public async Task<HttpResponseMessage> SubmitLoginAsync(string email, string password)
    {
        var page = await GetDocumentAsync("/account/login");
        var form = page.Forms.Single(f => f.QuerySelector("[data-testid=login-email]") is not null);
        var fields = form
            .Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        fields[((IHtmlInputElement)page.QuerySelector("[data-testid=login-email]")!).Name!] = email;
        fields[((IHtmlInputElement)page.QuerySelector("[data-testid=login-password]")!).Name!] = password;
        return await Http.PostAsync(
            string.IsNullOrEmpty(form.GetAttribute("action")) ? "/account/login" : form.GetAttribute("action"),
            new FormUrlEncodedContent(fields)
        );
    }

    /// <summary>
    /// Posts the form of the page at <paramref name="path"/> that holds the element <paramref name="testId"/> (its
    /// submit button, say), with its own fields (antiforgery token, form name) and <paramref name="values"/> by field name.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string path, string testId, IReadOnlyDictionary<string, string>? values = null)
    {
        var page = await GetDocumentAsync(path);
        var form = page.Forms.Single(f => f.QuerySelector($"[data-testid={testId}]") is not null);
        var fields = form
            .Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }

        return await Http.PostAsync(
            string.IsNullOrEmpty(form.GetAttribute("action")) ? path : form.GetAttribute("action"),
            new FormUrlEncodedContent(fields)
        );
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}
