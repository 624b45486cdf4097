using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using TechChallenge.Infrastructure.Challenges;

namespace TechChallenge.Web.Features.Challenges;

/// <summary>
/// The anonymous catalog's HTML depends only on the URL, the language and the data, so it is kept for a short while and
/// served without rendering. Signed-in visitors (whose menu and time zone differ) always get a fresh page. Kept entries
/// are dropped as soon as a save changes what the catalog shows (<see cref="CatalogChangeInterceptor"/>); the short
/// lifetime bounds how long another instance's copy can lag, and stays well inside the five minutes for which the
/// page's interactive-component markers are accepted.
/// </summary>
public sealed class CatalogOutputCache(IOutputCacheStore store) : ICatalogCache
{
    public const string PolicyName = "catalog";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const string Tag = "catalog";

    public ValueTask InvalidateAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken);

    /// <summary>
    /// Lets the anonymous catalog be compressed over HTTPS too, where responses are otherwise sent as they are (BREACH
    /// guesses a secret from the compressed size of pages that also reflect the attacker's input). The anonymous
    /// catalog holds no secret to find: no form token, nothing of a user, and the framework's component state is
    /// encrypted, so its size gives nothing away. Signed-in pages keep the default.
    /// </summary>
    public static void CompressOverHttps(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true && context.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.Compress;
        }
    }

    public sealed class Policy : IOutputCachePolicy
    {
        ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var cacheable =
                (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && StringValues.IsNullOrEmpty(request.Headers.Authorization)
                && context.HttpContext.User.Identity?.IsAuthenticated != true;
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Lifetime;
            context.CacheVaryByRules.QueryKeys = "*";
            // Kept compressed as sent (response compression runs inside the cache), so one copy per encoding.
            context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
            // The language chosen by cookie or by the browser, after request localization has settled it.
            context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
            context.Tags.Add(Tag);
            return ValueTask.CompletedTask;
        }

        ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
            ValueTask.CompletedTask;

        ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // Redirects to the canonical URL and anything that sets a cookie are per-visitor.
            if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
