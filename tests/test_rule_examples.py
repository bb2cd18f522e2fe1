"""Every example of every built-in rule runs as a test."""

import pytest

from courtlint.testing import assert_example, rule_examples


@pytest.mark.parametrize(("rule", "example"), rule_examples())
def test_rule_example(rule, example):
    assert_example(rule, example)
