// LLVM ORC must still compile and run code after lockdown with the JIT
// allowed: the filter permits executable mappings but never writable and
// executable at once, and no memfd, no new processes. LLVM is warmed up
// (target initialized, host CPU detected, one module compiled) before
// lockdown, as the runtime does, because its first use reads /proc and
// /sys, which Landlock then closes.
#include <gtest/gtest.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ThreadSafeModule.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/TargetSelect.h>

#include <memory>
#include <string>

#include "sandbox/lockdown.h"
#include "sandbox/supervisor.h"

namespace capy::sandbox {
namespace {

// A module with `int NAME(int a, int b) { return a + b + bias; }`.
llvm::orc::ThreadSafeModule make_adder(const std::string& name, int bias) {
  auto context = std::make_unique<llvm::LLVMContext>();
  auto module = std::make_unique<llvm::Module>(name + "_module", *context);
  llvm::IRBuilder<> builder(*context);
  llvm::Type* i32 = builder.getInt32Ty();
  auto* type = llvm::FunctionType::get(i32, {i32, i32}, false);
  auto* function =
      llvm::Function::Create(type, llvm::Function::ExternalLinkage, name, module.get());
  builder.SetInsertPoint(llvm::BasicBlock::Create(*context, "entry", function));
  llvm::Value* sum = builder.CreateAdd(function->getArg(0), function->getArg(1));
  builder.CreateRet(builder.CreateAdd(sum, builder.getInt32(bias)));
  return llvm::orc::ThreadSafeModule(std::move(module), std::move(context));
}

// Compiles and calls NAME; returns its result for (a, b), or INT_MIN on a JIT error.
int compile_and_call(llvm::orc::LLJIT& jit, const std::string& name, int bias, int a, int b) {
  if (llvm::Error err = jit.addIRModule(make_adder(name, bias))) {
    llvm::consumeError(std::move(err));
    return INT32_MIN;
  }
  auto symbol = jit.lookup(name);
  if (!symbol) {
    llvm::consumeError(symbol.takeError());
    return INT32_MIN;
  }
  return symbol->toPtr<int (*)(int, int)>()(a, b);
}

TEST(SandboxJit, OrcCompilesAndRunsAfterLockdown) {
  SupervisedOutcome outcome = run_supervised(
      [](const ChildContext& context) {
        llvm::InitializeNativeTarget();
        llvm::InitializeNativeTargetAsmPrinter();
        auto jit = llvm::orc::LLJITBuilder().create();
        if (!jit) {
          llvm::consumeError(jit.takeError());
          return 10;
        }
        if (compile_and_call(**jit, "warm_up", 0, 1, 2) != 3) return 11;

        LockdownPlan plan;
        plan.jit_allowed = true;
        plan.report_fd = context.report_fd;
        if (!lockdown(plan).ok()) return 12;

        // A new module, compiled, linked, made executable and called under the filter.
        if (compile_and_call(**jit, "add_after_lockdown", 1000, 20, 22) != 1042) return 13;
        return 0;
      },
      SupervisorOptions{});
  EXPECT_EQ(outcome.kind, OutcomeKind::Exited) << outcome_message(outcome);
  EXPECT_EQ(outcome.exit_status, 0) << outcome_message(outcome);
}

TEST(SandboxJit, JitWithoutPermissionCannotRunCode) {
  // The same, locked down with the JIT off: the code cannot be made
  // executable (EACCES). The JIT reports an error or the process ends; what
  // must never happen is that the new code runs.
  SupervisedOutcome outcome = run_supervised(
      [](const ChildContext& context) {
        llvm::InitializeNativeTarget();
        llvm::InitializeNativeTargetAsmPrinter();
        auto jit = llvm::orc::LLJITBuilder().create();
        if (!jit) {
          llvm::consumeError(jit.takeError());
          return 10;
        }
        if (compile_and_call(**jit, "warm_up", 0, 1, 2) != 3) return 11;
        LockdownPlan plan;
        plan.report_fd = context.report_fd;
        if (!lockdown(plan).ok()) return 12;
        return compile_and_call(**jit, "add_after_lockdown", 1000, 20, 22) == 1042 ? 13 : 0;
      },
      SupervisorOptions{});
  EXPECT_NE(outcome_exit_status(outcome), 13) << outcome_message(outcome);
  EXPECT_NE(outcome_exit_status(outcome), 10);
  EXPECT_NE(outcome_exit_status(outcome), 11);
  EXPECT_NE(outcome_exit_status(outcome), 12);
}

}  // namespace
}  // namespace capy::sandbox
