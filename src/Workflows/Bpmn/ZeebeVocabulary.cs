using System.Xml.Linq;

namespace LaiChau.Workflows.Bpmn;

/// <summary>
/// Every namespace, element, attribute and property name of BPMN 2.0 and of the Camunda 8 (Zeebe) extensions
/// that the engine reads. No other file spells these strings (house rule: one vocabulary class).
/// </summary>
public static class ZeebeVocabulary
{
    public static readonly XNamespace BpmnNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace ZeebeNamespace = "http://camunda.org/schema/zeebe/1.0";
    public static readonly XNamespace XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Elements of the BPMN model namespace (local names).</summary>
    public static class Element
    {
        public const string Definitions = "definitions";
        public const string Process = "process";
        public const string Message = "message";
        public const string Error = "error";
        public const string Escalation = "escalation";
        public const string ExtensionElements = "extensionElements";

        public const string StartEvent = "startEvent";
        public const string EndEvent = "endEvent";
        public const string IntermediateCatchEvent = "intermediateCatchEvent";
        public const string IntermediateThrowEvent = "intermediateThrowEvent";
        public const string BoundaryEvent = "boundaryEvent";

        public const string Task = "task";
        public const string ManualTask = "manualTask";
        public const string UserTask = "userTask";
        public const string ServiceTask = "serviceTask";
        public const string SendTask = "sendTask";
        public const string ScriptTask = "scriptTask";
        public const string ReceiveTask = "receiveTask";
        public const string BusinessRuleTask = "businessRuleTask";
        public const string SubProcess = "subProcess";
        public const string CallActivity = "callActivity";
        public const string Transaction = "transaction";
        public const string AdHocSubProcess = "adHocSubProcess";

        public const string ExclusiveGateway = "exclusiveGateway";
        public const string ParallelGateway = "parallelGateway";
        public const string InclusiveGateway = "inclusiveGateway";
        public const string EventBasedGateway = "eventBasedGateway";
        public const string ComplexGateway = "complexGateway";

        public const string SequenceFlow = "sequenceFlow";
        public const string ConditionExpression = "conditionExpression";

        public const string MessageEventDefinition = "messageEventDefinition";
        public const string TimerEventDefinition = "timerEventDefinition";
        public const string ErrorEventDefinition = "errorEventDefinition";
        public const string EscalationEventDefinition = "escalationEventDefinition";
        public const string TerminateEventDefinition = "terminateEventDefinition";
        public const string TimeDate = "timeDate";
        public const string TimeDuration = "timeDuration";
        public const string TimeCycle = "timeCycle";

        public const string MultiInstanceLoopCharacteristics = "multiInstanceLoopCharacteristics";
        public const string StandardLoopCharacteristics = "standardLoopCharacteristics";
        public const string CompletionCondition = "completionCondition";
        public const string DataInputAssociation = "dataInputAssociation";
        public const string DataOutputAssociation = "dataOutputAssociation";

        /// <summary>Children of a process or sub-process that do not take part in execution and are skipped.</summary>
        public static readonly IReadOnlySet<string> IgnoredInScope = new HashSet<string>(StringComparer.Ordinal)
        {
            "laneSet", "dataObject", "dataObjectReference", "dataStoreReference", "textAnnotation", "association",
            "group", "documentation", ExtensionElements, "ioSpecification", "property", "auditing", "monitoring",
            "incoming", "outgoing", "supports", "resourceRole", "performer", "humanPerformer", "potentialOwner",
            "correlationSubscription", "category", "categoryValue",
            // Read by the activity reader on the sub-process element itself.
            MultiInstanceLoopCharacteristics, StandardLoopCharacteristics, DataInputAssociation, DataOutputAssociation,
        };

        /// <summary>Event definitions outside the subset, refused with the id of their event.</summary>
        public static readonly IReadOnlySet<string> RefusedEventDefinitions = new HashSet<string>(StringComparer.Ordinal)
        {
            "signalEventDefinition", "conditionalEventDefinition", "linkEventDefinition", "cancelEventDefinition",
            "compensateEventDefinition",
        };
    }

    /// <summary>Attributes of BPMN elements (no namespace).</summary>
    public static class BpmnAttribute
    {
        public const string Id = "id";
        public const string Name = "name";
        public const string IsExecutable = "isExecutable";
        public const string SourceRef = "sourceRef";
        public const string TargetRef = "targetRef";
        public const string Default = "default";
        public const string AttachedToRef = "attachedToRef";
        public const string CancelActivity = "cancelActivity";
        public const string IsInterrupting = "isInterrupting";
        public const string TriggeredByEvent = "triggeredByEvent";
        public const string MessageRef = "messageRef";
        public const string ErrorRef = "errorRef";
        public const string ErrorCode = "errorCode";
        public const string EscalationRef = "escalationRef";
        public const string EscalationCode = "escalationCode";
        public const string IsSequential = "isSequential";
        public const string IsForCompensation = "isForCompensation";
        public const string True = "true";
        public const string False = "false";
    }

    /// <summary>Camunda 8 extension elements and their attributes (namespace <see cref="ZeebeNamespace"/>).</summary>
    public static class Zeebe
    {
        public const string TaskDefinition = "taskDefinition";
        public const string TaskDefinitionType = "type";
        public const string TaskDefinitionRetries = "retries";
        public const string TaskHeaders = "taskHeaders";
        public const string Header = "header";
        public const string HeaderKey = "key";
        public const string HeaderValue = "value";
        public const string IoMapping = "ioMapping";
        public const string Input = "input";
        public const string Output = "output";
        public const string MappingSource = "source";
        public const string MappingTarget = "target";
        public const string Properties = "properties";
        public const string Property = "property";
        public const string PropertyName = "name";
        public const string PropertyValue = "value";
        public const string Subscription = "subscription";
        public const string CorrelationKey = "correlationKey";
        public const string AssignmentDefinition = "assignmentDefinition";
        public const string Assignee = "assignee";
        public const string CandidateGroups = "candidateGroups";
        public const string CandidateUsers = "candidateUsers";
        public const string TaskSchedule = "taskSchedule";
        public const string DueDate = "dueDate";
        public const string FollowUpDate = "followUpDate";
        public const string FormDefinition = "formDefinition";
        public const string FormKey = "formKey";
        public const string FormId = "formId";
        public const string UserTask = "userTask";
        public const string CalledElement = "calledElement";
        public const string ProcessId = "processId";
        public const string PropagateAllChildVariables = "propagateAllChildVariables";
        public const string PropagateAllParentVariables = "propagateAllParentVariables";
        public const string LoopCharacteristics = "loopCharacteristics";
        public const string InputCollection = "inputCollection";
        public const string InputElement = "inputElement";
        public const string OutputCollection = "outputCollection";
        public const string OutputElement = "outputElement";
    }

    /// <summary>Our own <c>zeebe:properties</c> names and values.</summary>
    public static class Property
    {
        /// <summary>On a timer: how its duration is counted.</summary>
        public const string Calendar = "calendar";

        /// <summary>Value of <see cref="Calendar"/>: count days on the Vietnamese working-day calendar.</summary>
        public const string WorkingDays = "working-days";

        /// <summary>On a <c>bpmn:message</c>: who may send it, one or more <see cref="Sender"/> kinds separated by commas.</summary>
        public const string Senders = "senders";

        /// <summary>Separates the kinds in <see cref="Senders"/>.</summary>
        public const char SendersSeparator = ',';
    }

    /// <summary>The kinds of sender a message's <see cref="Property.Senders"/> may name (ADR 0021).</summary>
    public static class Sender
    {
        /// <summary>The reporter, through the citizens' own routes (the secret tracking link, the client app that submitted the report).</summary>
        public const string Citizen = "citizen";

        /// <summary>Any staff member of an agency.</summary>
        public const string Staff = "staff";

        /// <summary>Members of the monitoring centre.</summary>
        public const string Centre = "centre";

        /// <summary>The host itself and administrators; the only sender of a message that names none.</summary>
        public const string System = "system";

        /// <summary>Machine clients with an integration key.</summary>
        public const string Integration = "integration";

        public static readonly IReadOnlyList<string> All = [Citizen, Staff, Centre, System, Integration];
    }

    /// <summary>The prefix that marks a value as a FEEL expression.</summary>
    public const char ExpressionPrefix = '=';

    /// <summary>Local names of BPMN event definitions end with this (messageEventDefinition, …).</summary>
    public const string EventDefinitionSuffix = "EventDefinition";

    /// <summary>How an event without an event definition is named in messages.</summary>
    public const string NoneDefinition = "none";

    /// <summary>The name of a Zeebe attribute as the modeler shows it, e.g. <c>zeebe:taskDefinition/@type</c>.</summary>
    public static string ZeebeField(string element, string attribute) => $"zeebe:{element}/@{attribute}";

    /// <summary>The name of one io mapping, e.g. <c>zeebe:input[target]</c>.</summary>
    public static string ZeebeMapping(string kind, string target) => $"zeebe:{kind}[{target}]";

    /// <summary>The BPMN element that holds a timer value of the given kind.</summary>
    public static string TimerElement(Model.TimerKind kind) => kind switch
    {
        Model.TimerKind.Date => Element.TimeDate,
        Model.TimerKind.Duration => Element.TimeDuration,
        _ => Element.TimeCycle,
    };
}
