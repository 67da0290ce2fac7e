using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Forms;

/// <summary>
/// <c>conditional.hide</c> as form-js applies it: evaluated on the form's data (the task's variables, then the values
/// entered); a hidden group hides its children. A condition that fails to evaluate shows the component.
/// </summary>
public static class FormConditions
{
    public static IReadOnlySet<string> HiddenIds(FormDefinition form, IFeelVariables data, FeelContext context)
    {
        ArgumentNullException.ThrowIfNull(form);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        Walk(form.Components, parentHidden: false, data, context, hidden);
        return hidden;
    }

    private static void Walk(IReadOnlyList<FormComponent> components, bool parentHidden, IFeelVariables data, FeelContext context, HashSet<string> hidden)
    {
        foreach (var component in components)
        {
            var isHidden = parentHidden || IsHidden(component, data, context);
            if (isHidden)
            {
                hidden.Add(component.Id);
            }

            Walk(component.Components, isHidden, data, context, hidden);
        }
    }

    private static bool IsHidden(FormComponent component, IFeelVariables data, FeelContext context)
    {
        try
        {
            return component.Hide?.EvaluateCondition(data, context) == true;
        }
        catch (FeelEvaluationException)
        {
            return false;
        }
    }
}

/// <summary>The form's data for conditions: the values entered over the task's variables.</summary>
public sealed class FormData(IReadOnlyDictionary<string, FeelValue> variables, IReadOnlyDictionary<string, FeelValue> entered) : IFeelVariables
{
    public bool TryGet(string name, out FeelValue value) =>
        entered.TryGetValue(name, out value) || variables.TryGetValue(name, out value);
}
