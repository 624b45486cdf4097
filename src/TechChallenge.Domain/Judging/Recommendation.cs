using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Judging;

/// <summary>A judge's overall advice to the organisers on an entry.</summary>
public enum Recommendation
{
    StronglyRecommend,
    Recommend,
    Neutral,
    DoNotRecommend,
}
