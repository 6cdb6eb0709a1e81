//! The syntax tree the parser builds. Every node carries the byte span it came from.

use std::ops::Range;
use std::rc::Rc;

pub type Span = Range<usize>;

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: Rc<str>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Script {
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Stmt(Stmt),
    Procedure(Procedure),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Procedure {
    pub name: Ident,
    pub params: Vec<Param>,
    /// `PROCEDURE Sum(*)` (or `(a, *)`): more arguments than parameters are accepted.
    pub variadic: bool,
    pub returns: Option<TypeExpr>,
    /// PRIVATE, GLOBAL, VIRTUAL… (and their French names), as written.
    pub modifiers: Vec<Ident>,
    /// Extension attributes `<useful>`, `<overload>`…, by their first word.
    pub attributes: Vec<Ident>,
    /// `INTERNAL PROCEDURE`: nested in another procedure's body.
    pub internal: bool,
    pub body: Block,
    /// `CASE ERROR:` — run when a function that can fail fails in the body.
    pub on_error: Option<Block>,
    /// `CASE EXCEPTION:` — run when a fatal error occurs in the body.
    pub on_exception: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub local: bool,
    pub ty: Option<TypeExpr>,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeExpr {
    Named(Ident),
    Array {
        dims: Vec<i64>,
        /// `fixed array of 5 int`: its size cannot change.
        fixed: bool,
        elem: Box<TypeExpr>,
        span: Span,
    },
    /// `associative array (WithoutCase) of T`: `options` are the words in parentheses.
    Assoc {
        elem: Box<TypeExpr>,
        options: Vec<Ident>,
        span: Span,
    },
    /// `PROCEDURE P() : (int, string)`: several results.
    Tuple {
        types: Vec<TypeExpr>,
        span: Span,
    },
}

impl TypeExpr {
    pub fn span(&self) -> Span {
        match self {
            TypeExpr::Named(id) => id.span.clone(),
            TypeExpr::Array { span, .. } | TypeExpr::Assoc { span, .. } | TypeExpr::Tuple { span, .. } => span.clone(),
        }
    }
}

pub type Block = Vec<Stmt>;

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Declare {
        names: Vec<Ident>,
        ty: TypeExpr,
        init: Option<Expr>,
    },
    Let {
        name: Ident,
        init: Expr,
    },
    Assign {
        target: Expr,
        op: AssignOp,
        value: Expr,
    },
    MultiAssign {
        targets: Vec<Expr>,
        values: Vec<Expr>,
    },
    Increment {
        target: Expr,
        delta: i64,
    },
    Expr(Expr),
    If {
        branches: Vec<(Expr, Block)>,
        otherwise: Option<Block>,
    },
    Switch {
        subject: Expr,
        cases: Vec<SwitchCase>,
        otherwise: Option<Block>,
    },
    For {
        var: Ident,
        start: Expr,
        end: Expr,
        step: Option<Expr>,
        end_once: bool,
        body: Block,
    },
    ForEach {
        var: Ident,
        second: Option<Ident>,
        iterable: Expr,
        /// `FOR EACH STRING s OF text [SEPARATED BY sep]`: the pieces of a text.
        split: Option<Split>,
        body: Block,
    },
    While {
        cond: Expr,
        body: Block,
    },
    Loop {
        count: Option<Expr>,
        body: Block,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    Result(Expr),
    /// `RESULT (a, b)`: several results.
    ResultMany(Vec<Expr>),
    /// `(a, b) = f()`: the results of a procedure that returns several.
    Receive {
        targets: Vec<Expr>,
        value: Expr,
    },
    WhenException {
        body: Block,
        handler: Block,
    },
    Constants(Vec<(Ident, Expr)>),
    Structure {
        name: Ident,
        fields: Vec<FieldDecl>,
    },
    /// `cCustomer is Class … END`: its members, its ancestor (`inherits from`), its GLOBAL
    /// members and constants, and the forms wl reads but does not run yet.
    Class {
        name: Ident,
        body: ClassBody,
    },
    /// `delete p` (`libérer p`): runs the object's Destructor and sets `p` to Null.
    Delete(Expr),
    /// `p <- o`: `p` refers to the object `o` refers to (assignment by reference).
    AssignRef {
        target: Expr,
        value: Expr,
    },
    /// `c is Control <- EDT_Name`: declared, then assigned by reference (PC SOFT's Control
    /// type page).
    DeclareRef {
        names: Vec<Ident>,
        ty: TypeExpr,
        value: Expr,
    },
    /// `o is cCustomer("Ann")`: objects built with the constructor's arguments.
    DeclareObject {
        names: Vec<Ident>,
        class: Ident,
        args: Vec<Option<Expr>>,
    },
    /// `IShape is Interface … END` (French `est une Interface … FIN`): the prototypes of
    /// procedures and properties it lists, and the lines that are not prototypes (members,
    /// code, sections), each reported.
    Interface {
        name: Ident,
        members: Vec<InterfaceMember>,
        not_prototypes: Vec<Span>,
    },
    /// A `LOCAL`, `GLOBAL`, `PUBLIC`… line that opens a section of declarations, or an
    /// `inherits from` line: nothing to run.
    Section,
    /// `WHEN EXCEPTION` … END alone: its handler guards the statements after it in the same
    /// block. The parser turns it into a `WhenException` around them; it never reaches later
    /// stages.
    GuardRest(Block),
    /// `INTERNAL PROCEDURE` inside a body.
    InternalProcedure(Box<Procedure>),
    /// A statement that parses but that wl does not run (see `Missing`); its expressions and
    /// its body are still checked for their own errors unless `check_body` is false.
    Unsupported {
        missing: Missing,
        parts: Vec<Expr>,
        body: Block,
        check_body: bool,
    },
    /// A statement the parser could not read; its error is already reported.
    Error,
}

/// Why a form that parses cannot run in wl.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Missing {
    /// Exists only inside WinDev (HFSQL, controls, Automation…): wl does not provide it.
    WinDev(&'static str),
    /// A WLanguage form wl does not run yet.
    NotYet(&'static str),
}

impl Missing {
    /// The message that reports it.
    pub fn message(self) -> String {
        match self {
            Missing::WinDev(what) => format!("{what} needs WinDev; wl does not provide it"),
            Missing::NotYet(what) => format!("{what} is not supported by wl yet"),
        }
    }
}

/// What a class declares between `Class` and `END`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ClassBody {
    pub base: Option<Ident>,
    /// The members of each object.
    pub fields: Vec<FieldDecl>,
    /// The members, GLOBAL members and constants declared in a PRIVATE section (only the
    /// class's own methods may use them) or a PROTECTED one (the class's and its
    /// descendants' methods).
    pub restricted: Vec<(Ident, Access)>,
    /// GLOBAL members: one value shared by the class and all its objects.
    pub globals: Vec<FieldDecl>,
    /// `CONSTANT … END` inside the class, used as `C::NAME` (or `NAME` in its methods).
    pub constants: Vec<(Ident, Expr)>,
    /// The forms wl reads but does not run yet, each with its span.
    pub not_yet: Vec<(Missing, Span)>,
}

/// A prototype listed by an interface: `Procedure Name(…) [: type]` or
/// `Property Name [: type] [<get>/<set>]`.
#[derive(Clone, Debug, PartialEq)]
pub struct InterfaceMember {
    pub name: Ident,
    pub property: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldDecl {
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwitchCase {
    pub patterns: Vec<CasePattern>,
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CasePattern {
    Value(Expr),
    Range(Expr, Expr),
    Compare(BinOp, Expr),
    /// `CASE 10 < * < 20` (`*` is the value tested): `value > 10 AND value < 20`.
    All(Vec<(BinOp, Expr)>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// `~=`: equal ignoring case, surrounding spaces and accents.
    LooseEq,
    /// `~~`: equal ignoring case, accents, every space and punctuation.
    VeryLooseEq,
    StartsWith,
    Contains,
    EndsWith,
    /// `AND`/`OR`: both sides evaluated.
    And,
    Or,
    /// `_AND_`/`_OR_`: short-circuit.
    AndThen,
    OrElse,
}

impl BinOp {
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq
                | BinOp::Ne
                | BinOp::Lt
                | BinOp::Le
                | BinOp::Gt
                | BinOp::Ge
                | BinOp::LooseEq
                | BinOp::VeryLooseEq
                | BinOp::StartsWith
                | BinOp::Contains
                | BinOp::EndsWith
        )
    }
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "^",
            BinOp::Eq => "=",
            BinOp::Ne => "<>",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::LooseEq => "~=",
            BinOp::VeryLooseEq => "~~",
            BinOp::StartsWith => "[=",
            BinOp::Contains => "[=]",
            BinOp::EndsWith => "=]",
            BinOp::And => "AND",
            BinOp::Or => "OR",
            BinOp::AndThen => "_AND_",
            BinOp::OrElse => "_OR_",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SubstringEnd {
    /// `s[[i]]`: one character.
    None,
    /// `s[[i TO j]]`; `j` absent means to the end.
    To(Option<Box<Expr>>),
    /// `s[[i ON n]]`: `n` characters.
    On(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `new cCustomer("Ann")` (`allouer un cClient(…)`): a new object for a dynamic object.
    New {
        class: Ident,
        args: Vec<Option<Expr>>,
    },
    /// `new dynamic array of 5 int` (`allouer un tableau dynamique de 5 entiers`): a new
    /// array, its elements at their type's default.
    NewArray {
        /// The number of elements, an expression (`de nNb chaînes`); several: dimensions.
        dims: Vec<Expr>,
        elem: Option<Box<TypeExpr>>,
    },
    Int(i64),
    Real(f64),
    /// A duration literal (`10 s`, `3 min 30 s`), in milliseconds.
    Duration(i64),
    Str(Rc<str>),
    Bool(bool),
    Null,
    Name(Ident),
    /// `f(a, b)` or `x.Method(a)`; an omitted argument (`f(a, , c)`) is `None`.
    Call {
        callee: Box<Expr>,
        args: Vec<Option<Expr>>,
    },
    Member {
        object: Box<Expr>,
        name: Ident,
        property: bool,
    },
    Index {
        object: Box<Expr>,
        indices: Vec<Expr>,
    },
    Substring {
        object: Box<Expr>,
        start: Box<Expr>,
        end: SubstringEnd,
    },
    Unary {
        op: UnOp,
        operand: Box<Expr>,
    },
    Binary {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `a < x < b`, `a <= x <= b` (and the `>` forms).
    Interval {
        low: Box<Expr>,
        low_op: BinOp,
        value: Box<Expr>,
        high_op: BinOp,
        high: Box<Expr>,
    },
    In {
        value: Box<Expr>,
        list: Vec<Expr>,
        negated: bool,
    },
    ArrayLiteral(Vec<Expr>),
    Paren(Box<Expr>),
    /// `cond ? a ELSE b` (`SINON`): `a` or `b`, only the chosen one evaluated.
    /// `SWITCH(n, a, b, c, ELSE d)` (`SELON (n, …, SINON d)`): the `n`-th value, or `d` when
    /// there is no `n`-th one (PC SOFT's "simplified syntax" of SWITCH).
    SwitchValue {
        subject: Box<Expr>,
        values: Vec<Expr>,
        otherwise: Option<Box<Expr>>,
    },
    Ternary {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    /// `{"sName"}`, `{sName, indVariable}`: the variable (or control…) named by a string.
    Indirection(Vec<Expr>),
    /// A form that parses but that wl does not run (see `Missing`); `parts` are its
    /// sub-expressions, still checked for their own errors.
    Unsupported {
        missing: Missing,
        parts: Vec<Expr>,
    },
    /// An expression the parser could not read; its error is already reported.
    Error,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Self {
        Expr { kind, span }
    }
    /// The expression without the parentheses around it.
    pub fn unparen(&self) -> &Expr {
        match &self.kind {
            ExprKind::Paren(inner) => inner.unparen(),
            _ => self,
        }
    }
}

/// How `FOR EACH STRING` cuts its text: at `separator` (a string, or an array of strings),
/// TAB when there is none.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    pub separator: Option<Expr>,
}

/// Who may use a member of a class: its section, PUBLIC, PROTECTED or PRIVATE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Public,
    /// The methods of the class and of the classes derived from it.
    Protected,
    /// The methods of the class itself only.
    Private,
}
