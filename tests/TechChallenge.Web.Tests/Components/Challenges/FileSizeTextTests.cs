using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>Attachment sizes as people read them: a small file is never "0 KB".</summary>
public sealed class FileSizeTextTests : AppComponentTest
{
    [Theory]
    [InlineData("en-US", 1, "1 byte")]
    [InlineData("en-US", 512, "512 bytes")]
    [InlineData("en-US", 1023, "1023 bytes")]
    [InlineData("en-US", 1024, "1 KB")]
    [InlineData("en-US", 250_000, "244 KB")]
    [InlineData("en-US", 3_565_158, "3.4 MB")]
    [InlineData("zh-CN", 512, "512 字节")]
    [InlineData("zh-CN", 2048, "2 KB")]
    public void A_size_is_shown_in_the_unit_that_reads_best(string culture, long bytes, string expected)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var localizer = Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        Assert.Equal(expected, FileSizeText.Format(bytes, localizer));
    }
}
