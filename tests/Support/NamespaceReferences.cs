using System.Reflection;
using System.Reflection.Emit;

namespace LaiChau.Testing;

/// <summary>
/// Dependency rules between the namespaces of one assembly (where <see cref="AssemblyReferences"/> cannot see):
/// every type a namespace's types mention — base types, interfaces, fields, properties, method and constructor
/// signatures, attributes, and the types and members their method bodies' IL refers to (lambdas and async state
/// machines are nested types, so they count for their namespace).
/// </summary>
public static class NamespaceReferences
{
    private static readonly BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every "type → referenced type" pair where a type of <paramref name="namespaces"/> (or below) mentions a type whose full name starts with one of <paramref name="forbiddenPrefixes"/>.</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, IReadOnlyList<string> namespaces, IReadOnlyList<string> forbiddenPrefixes)
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => InAny(t.Namespace, namespaces)))
        {
            foreach (var mentioned in MentionedBy(type))
            {
                if (mentioned.FullName is { } name && forbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
                {
                    violations.Add($"{type.FullName} → {name}");
                }
            }
        }

        return [.. violations];
    }

    private static bool InAny(string? ns, IReadOnlyList<string> namespaces) =>
        ns is not null && namespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal));

    private static IEnumerable<Type> MentionedBy(Type type)
    {
        var found = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            found.Add(baseType);
        }

        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        found.AddRange(type.GetFields(Declared).Select(f => f.FieldType));
        found.AddRange(type.GetProperties(Declared).Select(p => p.PropertyType));
        found.AddRange(type.GetEvents(Declared).Select(e => e.EventHandlerType!));
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }

            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            found.AddRange(method.GetCustomAttributesData().Select(a => a.AttributeType));
            if (method.GetMethodBody() is { } body)
            {
                found.AddRange(body.LocalVariables.Select(l => l.LocalType));
                found.AddRange(ReferencedByIl(method, body.GetILAsByteArray() ?? []));
            }
        }

        return found.SelectMany(Unwrap);
    }

    /// <summary>An array, pointer, by-ref or generic type mentions its element and argument types too.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Unwrap(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Unwrap))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The declaring types of every member and every type a method body's instructions name (call, newobj, ldfld, castclass, ldtoken…).</summary>
    private static IEnumerable<Type> ReferencedByIl(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            if (opCode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, at);
                var member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                switch (member)
                {
                    case Type referenced:
                        yield return referenced;
                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        if (called is MethodInfo { IsGenericMethod: true } generic)
                        {
                            foreach (var argument in generic.GetGenericArguments())
                            {
                                yield return argument;
                            }
                        }

                        break;
                }
            }

            at += OperandSize(opCode, il, at);
        }
    }

    private static int OperandSize(OpCode opCode, byte[] il, int at) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
