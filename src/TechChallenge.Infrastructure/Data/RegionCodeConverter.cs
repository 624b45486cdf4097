using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TechChallenge.Domain.Regions;

namespace TechChallenge.Infrastructure.Data;

/// <summary>Stores a <see cref="RegionCode"/> as its six digits.</summary>
internal sealed class RegionCodeConverter() : ValueConverter<RegionCode, string>(code => code.Value, value => RegionCode.Parse(value))
{
    public const int Length = 6;
}
