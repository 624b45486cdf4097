namespace TechChallenge.Domain.Regions;

/// <summary>
/// The forms a division's name is typed in: 遵义市 or 遵义, "Zunyi City" or "Zunyi", each compared without case, spaces
/// or punctuation.
/// </summary>
public static class RegionNames
{
    // Longest first, so that 自治区 goes before 区 and 新区 before 区.
    private static readonly string[] ChineseSuffixes =
    [
        "特别行政区",
        "自治区",
        "自治州",
        "自治县",
        "自治旗",
        "地区",
        "新区",
        "省",
        "市",
        "区",
        "县",
        "盟",
        "旗",
    ];

    // The peoples named in autonomous divisions' names, which their short names leave out (延边朝鲜族自治州: 延边).
    private static readonly string[] Peoples =
    [
        "维吾尔",
        "柯尔克孜",
        "哈萨克",
        "蒙古",
        "土家",
        "布依",
        "朝鲜",
        "哈尼",
        "景颇",
        "傈僳",
        "仡佬",
        "壮",
        "回",
        "藏",
        "羌",
        "彝",
        "苗",
        "侗",
        "傣",
        "白",
        "黎",
        "瑶",
        "满",
        "水",
        "土",
    ];

    private static readonly string[] EnglishSuffixes =
    [
        " special administrative region",
        " autonomous region",
        " new area",
        " municipality",
        " prefecture",
        " province",
        " district",
        " county",
        " league",
        " city",
        " sar",
    ];

    /// <summary>The keys a name is found by: its own form and its short ones, compared as <see cref="Normalize"/> does.</summary>
    public static IReadOnlySet<string> KeysOf(string name)
    {
        name = name.Trim();
        IEnumerable<string> forms = IsChinese(name) ? [name, ShortChinese(name)] : [name, .. ShortEnglish(name)];
        return forms.Select(Normalize).Where(key => key.Length > 0).ToHashSet();
    }

    public static bool IsChinese(string text) => text.Any(c => c is >= '\u3400' and <= '\u9fff');

    /// <summary>Chinese without spaces; anything else as lower-case letters only ("Xi'an" and "xian" compare equal).</summary>
    public static string Normalize(string text) =>
        IsChinese(text)
            ? string.Concat(text.Where(c => !char.IsWhiteSpace(c)))
            : string.Concat(text.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant));

    /// <summary>遵义市: 遵义; 广西壮族自治区: 广西; 黔东南苗族侗族自治州: 黔东南. A short name keeps at least two characters.</summary>
    public static string ShortChinese(string name)
    {
        var suffix = ChineseSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal) && name.Length - s.Length >= 2);
        var result = suffix is null ? name : name[..^suffix.Length];
        for (var stripped = true; stripped; )
        {
            stripped = false;
            foreach (var people in Peoples)
            {
                foreach (var tail in new[] { people + "族", people })
                {
                    // 内蒙古 keeps its name: what is left must still be a name of two characters or more.
                    if (
                        result.EndsWith(tail, StringComparison.Ordinal)
                        && result.Length - tail.Length >= 2
                        && (tail.EndsWith('族') || tail.Length > 1)
                    )
                    {
                        result = result[..^tail.Length];
                        stripped = true;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// "Wujin District": Wujin; "Guangxi Zhuang Autonomous Region": Guangxi Zhuang and Guangxi; "Yanbian Korean
    /// Autonomous Prefecture": Yanbian Korean and Yanbian.
    /// </summary>
    public static IEnumerable<string> ShortEnglish(string name)
    {
        var autonomous = name.IndexOf(" Autonomous ", StringComparison.OrdinalIgnoreCase);
        if (autonomous > 0)
        {
            yield return name[..autonomous];
            yield return name.Split(' ')[0];
        }

        var suffix = EnglishSuffixes.FirstOrDefault(s =>
            name.EndsWith(s, StringComparison.OrdinalIgnoreCase) && name.Length > s.Length + 1
        );
        if (suffix is not null)
        {
            yield return name[..^suffix.Length];
        }
    }
}
