//! What a Fluent pattern refers to: its values (`$name`) and terms (`-key-undo`).

use std::collections::BTreeSet;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// The values (`$name`) and terms (`-key-undo`) a pattern refers to, anywhere in it.
pub(super) fn references(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_refs(expression, found);
        }
    }
}

fn expression_refs(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_refs(selector, found);
            for variant in variants {
                references(&variant.value, found);
            }
        }
        Expression::Inline(inline) => inline_refs(inline, found),
    }
}

fn inline_refs(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(format!("${}", id.name));
        }
        InlineExpression::TermReference { id, .. } => {
            found.insert(format!("-{}", id.name));
        }
        InlineExpression::MessageReference { id, .. } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_refs(arg, found);
            }
        }
        InlineExpression::Placeable { expression } => expression_refs(expression, found),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}
