// Camunda's linter (@camunda/linting) words its findings in English from a few sentence shapes around element and
// property names in angle brackets ("A <Service Task> must have a defined <Task definition type>"). The common
// shapes and names are put in Vietnamese here; a message of another shape is shown as Camunda wrote it.

const TERMS: Readonly<Record<string, string>> = {
  'Process': 'Quy trình',
  'Sub Process': 'Quy trình con',
  'Event Sub Process': 'Quy trình con theo sự kiện',
  'Ad Hoc Sub Process': 'Quy trình con tùy biến',
  'Call Activity': 'Gọi quy trình',
  'Task': 'Công việc',
  'Undefined Task': 'Công việc chưa định loại',
  'User Task': 'Công việc của người dùng',
  'Service Task': 'Công việc dịch vụ',
  'Send Task': 'Công việc gửi',
  'Receive Task': 'Công việc nhận',
  'Script Task': 'Công việc kịch bản',
  'Business Rule Task': 'Công việc theo luật nghiệp vụ',
  'Start Event': 'Sự kiện bắt đầu',
  'End Event': 'Sự kiện kết thúc',
  'Undefined Start Event': 'Sự kiện bắt đầu',
  'Undefined End Event': 'Sự kiện kết thúc',
  'Timer Start Event': 'Sự kiện bắt đầu hẹn giờ',
  'Message Start Event': 'Sự kiện bắt đầu bằng thông điệp',
  'Error End Event': 'Sự kiện kết thúc lỗi',
  'Message End Event': 'Sự kiện kết thúc gửi thông điệp',
  'Timer Boundary Event': 'Sự kiện biên hẹn giờ',
  'Message Boundary Event': 'Sự kiện biên thông điệp',
  'Error Boundary Event': 'Sự kiện biên lỗi',
  'Timer Intermediate Catch Event': 'Sự kiện chờ hẹn giờ',
  'Message Intermediate Catch Event': 'Sự kiện chờ thông điệp',
  'Message Intermediate Throw Event': 'Sự kiện gửi thông điệp',
  'Exclusive Gateway': 'Cổng loại trừ',
  'Inclusive Gateway': 'Cổng bao hàm',
  'Parallel Gateway': 'Cổng song song',
  'Event-based Gateway': 'Cổng theo sự kiện',
  'Event Based Gateway': 'Cổng theo sự kiện',
  'Sequence Flow': 'Luồng tuần tự',
  'Sequence Flows': 'luồng tuần tự',
  'Executable': 'Có thể chạy',
  'Task definition type': 'Loại công việc (job type)',
  'Implementation': 'Cách thực hiện',
  'Implementation: Job worker': 'Cách thực hiện: Job worker',
  'Called element': 'Quy trình được gọi',
  'Multi-instance marker': 'Nhiều lượt',
  'Input collection': 'Tập hợp đầu vào',
  'Output collection': 'Tập hợp đầu ra',
  'Output element': 'Phần tử đầu ra',
  'Message Reference': 'Thông điệp',
  'Subscription correlation key': 'Khóa tương quan',
  'Error Reference': 'Lỗi',
  'Error code': 'Mã lỗi',
  'Name': 'Tên',
  'Form': 'Biểu mẫu',
  'Form ID': 'Mã biểu mẫu',
  'Form key': 'Khóa biểu mẫu',
  'Form type: Camunda form (linked)': 'Loại biểu mẫu: biểu mẫu Camunda (liên kết)',
  'Form type: Camunda Form': 'Loại biểu mẫu: biểu mẫu Camunda',
  'Form type: Custom form key': 'Loại biểu mẫu: khóa biểu mẫu riêng',
  'Condition expression': 'Biểu thức điều kiện',
  'Timer type': 'Kiểu hẹn giờ',
  'Timer value': 'Giá trị hẹn giờ',
  'Time cycle': 'Chu kỳ',
  'Time date': 'Ngày giờ',
  'Time duration': 'Khoảng thời gian',
  'Cycle': 'Chu kỳ',
  'Date': 'Ngày giờ',
  'Duration': 'Khoảng thời gian',
  'Due date': 'Hạn xử lý',
  'Follow up date': 'Ngày theo dõi',
  'Priority': 'Độ ưu tiên',
  'Variable assignment value': 'Giá trị gán cho biến',
  'Local variable name': 'Tên biến cục bộ',
  'Process variable name': 'Tên biến quy trình',
  'Input': 'Đầu vào',
  'Output': 'Đầu ra',
  'Headers': 'Tham số tĩnh (header)',
  'Key': 'Khóa',
  'Extension properties': 'Thuộc tính mở rộng',
  'Execution listeners': 'Bộ lắng nghe thực thi',
  'Candidate users': 'Người dùng ứng viên',
  'Version tag': 'Nhãn phiên bản',
};

const FIXED: Readonly<Record<string, string>> = {
  'Variable name must start with a letter or an underscore, and may contain only letters, digits, underscores, and dots.':
    'Tên biến phải bắt đầu bằng chữ cái hoặc dấu gạch dưới, và chỉ gồm chữ cái, chữ số, dấu gạch dưới và dấu chấm.',
  'SequenceFlow is a duplicate': 'Luồng tuần tự này bị trùng.',
  'Duplicate outgoing sequence flows': 'Có các luồng ra trùng nhau.',
  'Duplicate incoming sequence flows': 'Có các luồng vào trùng nhau.',
  'Start event is missing event definition': 'Sự kiện bắt đầu thiếu định nghĩa sự kiện.',
  'Start event must be blank': 'Sự kiện bắt đầu của quy trình con phải là sự kiện trống.',
};

/** Sentence shapes, tried in order on the message once its names are translated and quoted and its articles gone. */
const SHAPES: readonly (readonly [RegExp, (...parts: string[]) => string])[] = [
  [/^(.+) is only supported by (.+) or newer$/, (what, platform) => `Chỉ ${platform} trở lên mới hỗ trợ ${what}.`],
  [/^(.+) is not supported by (.+)$/, (what, platform) => `${platform} không hỗ trợ ${what}.`],
  [/^(.+) must have a defined (.+) or be the default (.+)$/, (what, property, flow) => `${what} phải có ${property} hoặc là ${flow} mặc định.`],
  [/^(.+) must have (?:a defined )?(.+)$/, (what, property) => `${what} phải có ${property}.`],
  [/^(.+) should have a defined (.+)$/, (what, property) => `${what} nên có ${property}.`],
  [/^(.+) must be an expression, or an ISO 8601 .+$/, (what) => `${what} phải là biểu thức hoặc giá trị theo ISO 8601.`],
  [/^(.+) must be (“[^”]+”)$/, (what, property) => `${what} phải được đánh dấu ${property}.`],
  [/^(.+) is not allowed on (.+)$/, (what, target) => `Không được gắn ${what} vào ${target}.`],
  [/^(.+) is not allowed in (.+)$/, (what, target) => `Không được đặt ${what} trong ${target}.`],
];

/** A name in angle brackets, in Vietnamese when known, between Vietnamese quotes. */
const term = (_: string, name: string) => `“${TERMS[name] ?? name}”`;

/** Camunda's message in Vietnamese when its shape is known; otherwise the message as it is. */
export function camundaMessageVi(message: string): string {
  const text = message.trim();
  const named = text.replace(/<([^<>]+)>/g, term).replace(/\b[Aa]n? (?=“)/g, '').replace(/” with “/g, '” có “');
  const shape = SHAPES.map(([pattern, build]) => ({ match: pattern.exec(named), build })).find(({ match }) => match);
  return FIXED[text] ?? (shape?.match ? shape.build(...shape.match.slice(1)) : message);
}
