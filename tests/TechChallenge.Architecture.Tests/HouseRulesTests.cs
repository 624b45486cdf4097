using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechChallenge.Architecture.Tests;

/// <summary>The layout rules a newcomer relies on: small files, one public type per file named after it.</summary>
public sealed class HouseRulesTests
{
    private const int MaxLines = 350;

    [Fact]
    public void The_source_tree_is_found()
    {
        Assert.NotEmpty(SourceTree.SourceFiles(".cs"));
        Assert.NotEmpty(SourceTree.SourceFiles(".razor"));
    }

    [Fact]
    public void No_hand_written_file_in_src_is_longer_than_350_lines()
    {
        var tooLong = SourceTree
            .SourceFiles(".cs", ".razor")
            .Select(path => (Path: SourceTree.Relative(path), Lines: File.ReadLines(path).Count()))
            .Where(file => file.Lines > MaxLines)
            .Select(file => $"{file.Path} ({file.Lines})")
            .ToList();

        Assert.True(tooLong.Count == 0, "Over " + MaxLines + " lines: " + string.Join(", ", tooLong));
    }

    [Fact]
    public void Every_file_holds_one_public_type_named_after_it()
    {
        var offenders = SourceTree.SourceFiles(".cs").SelectMany(PublicTypeProblems).ToList();

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    /// <summary>
    /// A file holds one public type (a generic and a non-generic of one name count as one) and is named after it. The
    /// exception is a feature's view records: a file named *Views.cs may hold several public records and nothing else.
    /// </summary>
    internal static IEnumerable<string> PublicTypeProblems(string path)
    {
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetCompilationUnitRoot();
        var types = root.DescendantNodes()
            .OfType<MemberDeclarationSyntax>()
            .Where(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            .Where(m => m.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)
            .Where(m => m.Modifiers.Any(SyntaxKind.PublicKeyword))
            .ToList();
        // A partial type may spread over files named Type.Part.cs.
        var fileName = Path.GetFileNameWithoutExtension(path).Split('.')[0];
        var relative = SourceTree.Relative(path);
        if (fileName.EndsWith("Views", StringComparison.Ordinal))
        {
            foreach (var other in types.Where(t => t is not RecordDeclarationSyntax))
            {
                yield return $"{relative}: {NameOf(other)} is not a view record";
            }

            yield break;
        }

        var names = types.Select(NameOf).Distinct().ToList();
        if (names.Count > 1)
        {
            yield return $"{relative}: several public types ({string.Join(", ", names)})";
        }
        else if (names.Count == 1 && names[0] != fileName)
        {
            yield return $"{relative}: holds {names[0]}";
        }
    }

    private static string NameOf(MemberDeclarationSyntax member) =>
        member switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier.Text,
            DelegateDeclarationSyntax type => type.Identifier.Text,
            _ => member.ToString(),
        };
}
