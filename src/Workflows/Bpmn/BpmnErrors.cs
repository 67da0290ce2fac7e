namespace LaiChau.Workflows.Bpmn;

/// <summary>The catalogue of every error the reader and the validator report. Codes are stable: clients match on them.</summary>
public static class BpmnErrors
{
    // Reading the file
    public static readonly BpmnErrorTemplate MalformedXml = new("BPMN-XML-001", "Tệp XML không hợp lệ: {0}", "Malformed XML: {0}");
    public static readonly BpmnErrorTemplate TooLarge = new("BPMN-XML-002", "Tệp quá lớn: {0} byte, tối đa {1} byte", "File too large: {0} bytes, at most {1} bytes");
    public static readonly BpmnErrorTemplate DtdProhibited = new("BPMN-XML-003", "Tệp không được chứa DTD hay thực thể (entity)", "DTDs and entities are not allowed");
    public static readonly BpmnErrorTemplate TooDeep = new("BPMN-XML-004", "Các phần tử lồng nhau quá sâu (tối đa {0} cấp)", "Elements are nested too deeply (at most {0} levels)");
    public static readonly BpmnErrorTemplate Empty = new("BPMN-XML-005", "Tệp rỗng", "The file is empty");
    public static readonly BpmnErrorTemplate NotBpmn = new("BPMN-XML-006", "Phần tử gốc '{0}' không phải là bpmn:definitions", "Root element '{0}' is not bpmn:definitions");
    public static readonly BpmnErrorTemplate MissingId = new("BPMN-XML-007", "Phần tử '{0}' thiếu thuộc tính id", "Element '{0}' has no id");

    // Outside the subset
    public static readonly BpmnErrorTemplate UnsupportedElement = new("BPMN-UNSUPPORTED-001", "Phần tử '{0}' không được hỗ trợ", "Element '{0}' is not supported");
    public static readonly BpmnErrorTemplate UnsupportedEventDefinition = new("BPMN-UNSUPPORTED-002", "Định nghĩa sự kiện '{0}' không được hỗ trợ", "Event definition '{0}' is not supported");
    public static readonly BpmnErrorTemplate UnsupportedEventKind = new("BPMN-UNSUPPORTED-003", "Sự kiện '{0}' loại '{1}' không được hỗ trợ", "A '{0}' of kind '{1}' is not supported");
    public static readonly BpmnErrorTemplate UnsupportedLoop = new("BPMN-UNSUPPORTED-004", "Vòng lặp chuẩn (standardLoopCharacteristics) không được hỗ trợ; hãy dùng đa thể hiện", "Standard loops are not supported; use multi-instance");
    public static readonly BpmnErrorTemplate UnsupportedDataAssociation = new("BPMN-UNSUPPORTED-005", "Liên kết dữ liệu '{0}' trên hoạt động không được hỗ trợ; hãy dùng zeebe:ioMapping", "Data association '{0}' on an activity is not supported; use zeebe:ioMapping");
    public static readonly BpmnErrorTemplate UnsupportedCompensation = new("BPMN-UNSUPPORTED-006", "Hoạt động bù trừ (compensation) không được hỗ trợ", "Compensation activities are not supported");
    public static readonly BpmnErrorTemplate MultipleEventDefinitions = new("BPMN-UNSUPPORTED-007", "Sự kiện có nhiều định nghĩa sự kiện không được hỗ trợ", "An event with several event definitions is not supported");

    // Deployment
    public static readonly BpmnErrorTemplate NotExecutable = new("BPMN-DEPLOY-001", "Quy trình '{0}' không được đánh dấu là thực thi được (isExecutable=\"false\")", "Process '{0}' is not executable (isExecutable=\"false\")");
    public static readonly BpmnErrorTemplate NoExecutableProcess = new("BPMN-DEPLOY-002", "Tệp không có quy trình thực thi được nào", "The file has no executable process");
    public static readonly BpmnErrorTemplate FormNotDeployed = new("BPMN-DEPLOY-003", "Tác vụ '{0}' dùng biểu mẫu '{1}', biểu mẫu này chưa được triển khai và không có trong lần triển khai này", "User task '{0}' links form '{1}', which is neither deployed nor part of this deployment");
    public static readonly BpmnErrorTemplate UnsupportedResource = new("BPMN-DEPLOY-004", "Tệp '{0}' không triển khai được: chỉ nhận tệp .bpmn và .form", "Resource '{0}' cannot be deployed: only .bpmn and .form files are taken");
    public static readonly BpmnErrorTemplate DuplicateFormInDeployment = new("BPMN-DEPLOY-005", "Biểu mẫu '{0}' có hai lần trong cùng một lần triển khai", "Form '{0}' appears twice in one deployment");
    public static readonly BpmnErrorTemplate EmptyDeployment = new("BPMN-DEPLOY-006", "Lần triển khai không có tệp nào", "The deployment has no resource");

    // Graph
    public static readonly BpmnErrorTemplate DuplicateId = new("BPMN-FLOW-001", "Mã '{0}' bị trùng", "Id '{0}' is used more than once");
    public static readonly BpmnErrorTemplate FlowEndMissing = new("BPMN-FLOW-002", "Luồng nối tới phần tử '{0}' không có trong cùng phạm vi", "The flow refers to '{0}', which is not a node of the same scope");
    public static readonly BpmnErrorTemplate Unreachable = new("BPMN-FLOW-003", "Không thể đi tới phần tử '{0}' từ sự kiện bắt đầu nào", "Element '{0}' cannot be reached from any start event");
    public static readonly BpmnErrorTemplate NoStartEvent = new("BPMN-FLOW-004", "Phạm vi '{0}' không có sự kiện bắt đầu", "Scope '{0}' has no start event");
    public static readonly BpmnErrorTemplate MissingCondition = new("BPMN-FLOW-005", "Luồng '{0}' ra từ cổng rẽ nhánh cần có điều kiện hoặc là luồng mặc định", "Flow '{0}' out of a splitting gateway needs a condition or must be the default flow");
    public static readonly BpmnErrorTemplate DefaultNotOutgoing = new("BPMN-FLOW-006", "Luồng mặc định '{0}' không phải là luồng ra của cổng", "Default flow '{0}' is not an outgoing flow of the gateway");
    public static readonly BpmnErrorTemplate ConditionNotAllowed = new("BPMN-FLOW-007", "Luồng '{0}' chỉ được có điều kiện khi ra từ cổng loại trừ hoặc cổng bao hàm", "Flow '{0}' may have a condition only when it leaves an exclusive or inclusive gateway");
    public static readonly BpmnErrorTemplate EventGatewayTarget = new("BPMN-FLOW-008", "Cổng sự kiện chỉ được nối tới sự kiện chờ hẹn giờ, chờ thông điệp hoặc tác vụ nhận; '{0}' không phải", "An event-based gateway may lead only to timer or message catch events or receive tasks; '{0}' is not one");
    public static readonly BpmnErrorTemplate BoundaryHostMissing = new("BPMN-FLOW-009", "Sự kiện biên gắn vào '{0}', không phải là hoạt động trong cùng phạm vi", "The boundary event is attached to '{0}', which is not an activity of the same scope");
    public static readonly BpmnErrorTemplate EventGatewayTooFewTargets = new("BPMN-FLOW-010", "Cổng sự kiện cần ít nhất hai luồng ra", "An event-based gateway needs at least two outgoing flows");
    public static readonly BpmnErrorTemplate FlowIntoEvent = new("BPMN-FLOW-012", "Luồng '{0}' không được đi vào sự kiện bắt đầu, sự kiện biên hay quy trình con sự kiện", "Flow '{0}' must not enter a start event, a boundary event or an event sub-process");
    public static readonly BpmnErrorTemplate FlowOutOfEnd = new("BPMN-FLOW-013", "Luồng '{0}' không được đi ra từ sự kiện kết thúc hay quy trình con sự kiện", "Flow '{0}' must not leave an end event or an event sub-process");
    public static readonly BpmnErrorTemplate TooManyStartEvents = new("BPMN-FLOW-011", "Phạm vi '{0}' có nhiều sự kiện bắt đầu không điều kiện; chỉ được có một", "Scope '{0}' has more than one none start event; only one is allowed");

    // Our own properties
    public static readonly BpmnErrorTemplate UnknownPropertyValue = new("BPMN-PROP-001", "Giá trị '{1}' của thuộc tính '{0}' không được hỗ trợ", "Value '{1}' of property '{0}' is not supported");
    public static readonly BpmnErrorTemplate UnknownMessageSender = new("BPMN-PROP-002", "Thông điệp '{0}' khai báo người gửi '{1}' không được hỗ trợ; chỉ dùng: {2}", "Message '{0}' names sender '{1}', which is not supported; use one or more of: {2}");

    // Jobs, events, references
    public static readonly BpmnErrorTemplate MissingJobType = new("BPMN-JOB-001", "Phần tử '{0}' cần zeebe:taskDefinition với loại công việc (type)", "Element '{0}' needs a zeebe:taskDefinition with a job type");
    public static readonly BpmnErrorTemplate ErrorBoundaryNotInterrupting = new("BPMN-EVENT-001", "Sự kiện biên lỗi phải ngắt hoạt động (cancelActivity không được là false)", "An error boundary event must interrupt its activity (cancelActivity must not be false)");
    public static readonly BpmnErrorTemplate ErrorStartNotInterrupting = new("BPMN-EVENT-007", "Sự kiện bắt đầu do lỗi phải ngắt phạm vi (isInterrupting không được là false)", "An error start event must interrupt its scope (isInterrupting must not be false)");
    public static readonly BpmnErrorTemplate UnresolvedReference = new("BPMN-EVENT-002", "Tham chiếu {0} '{1}' không tồn tại", "{0} reference '{1}' does not resolve");
    public static readonly BpmnErrorTemplate MissingReference = new("BPMN-EVENT-003", "Thiếu tham chiếu {0}", "The {0} reference is missing");
    public static readonly BpmnErrorTemplate MessageWithoutName = new("BPMN-EVENT-004", "Thông điệp '{0}' cần có tên", "Message '{0}' needs a name");
    public static readonly BpmnErrorTemplate MessageWithoutCorrelationKey = new("BPMN-EVENT-005", "Thông điệp '{0}' cần khóa tương quan (zeebe:subscription correlationKey)", "Message '{0}' needs a correlation key (zeebe:subscription correlationKey)");
    public static readonly BpmnErrorTemplate ThrownWithoutCode = new("BPMN-EVENT-006", "Phần tử {0} '{1}' được ném ra cần có mã ({0}Code)", "Thrown {0} '{1}' needs a code ({0}Code)");
    public static readonly BpmnErrorTemplate TimerWithoutValue = new("BPMN-TIMER-001", "Bộ hẹn giờ cần một giá trị timeDate, timeDuration hoặc timeCycle", "A timer needs a timeDate, timeDuration or timeCycle value");
    public static readonly BpmnErrorTemplate InvalidTimer = new("BPMN-TIMER-002", "Giá trị hẹn giờ '{0}' không phải là {1} ISO 8601 hợp lệ", "Timer value '{0}' is not a valid ISO 8601 {1}");
    public static readonly BpmnErrorTemplate TimerKindNotAllowed = new("BPMN-TIMER-003", "Hẹn giờ kiểu '{0}' không dùng được cho '{1}'", "A '{0}' timer cannot be used on a '{1}'");
    public static readonly BpmnErrorTemplate MissingCalledProcess = new("BPMN-CALL-001", "Hoạt động gọi cần zeebe:calledElement với processId", "A call activity needs a zeebe:calledElement with a processId");
    public static readonly BpmnErrorTemplate MissingInputCollection = new("BPMN-MI-001", "Đa thể hiện cần zeebe:loopCharacteristics với inputCollection", "Multi-instance needs a zeebe:loopCharacteristics with an inputCollection");
    public static readonly BpmnErrorTemplate InvalidExpression = new("BPMN-EXPR-001", "Biểu thức ở '{0}' không hợp lệ: {1} (vị trí {2})", "Invalid expression in '{0}': {1} (offset {2})");
    public static readonly BpmnErrorTemplate ExpressionRequired = new("BPMN-EXPR-002", "'{0}' phải là một biểu thức FEEL bắt đầu bằng '='", "'{0}' must be a FEEL expression starting with '='");

    public static IReadOnlyList<BpmnErrorTemplate> All { get; } =
    [
        MalformedXml, TooLarge, DtdProhibited, TooDeep, Empty, NotBpmn, MissingId,
        UnsupportedElement, UnsupportedEventDefinition, UnsupportedEventKind, UnsupportedLoop, UnsupportedDataAssociation,
        UnsupportedCompensation, MultipleEventDefinitions,
        NotExecutable, NoExecutableProcess, FormNotDeployed, UnsupportedResource, DuplicateFormInDeployment, EmptyDeployment,
        DuplicateId, FlowEndMissing, Unreachable, NoStartEvent, MissingCondition, DefaultNotOutgoing, ConditionNotAllowed,
        EventGatewayTarget, BoundaryHostMissing, EventGatewayTooFewTargets, FlowIntoEvent, FlowOutOfEnd, TooManyStartEvents, UnknownPropertyValue, UnknownMessageSender,
        MissingJobType, ErrorBoundaryNotInterrupting, ErrorStartNotInterrupting, UnresolvedReference, MissingReference, MessageWithoutName,
        MessageWithoutCorrelationKey, ThrownWithoutCode, TimerWithoutValue, InvalidTimer, TimerKindNotAllowed, MissingCalledProcess, MissingInputCollection,
        InvalidExpression, ExpressionRequired,
    ];
}
